import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times a full GitHub Connect connect over the instance's API against a running instance and cloud
 * (./run), and, side by side on the same machine, the same cloud protocol calls made directly
 * (code exchange, installations, token, connection record) as a baseline. Prints the medians.
 *
 *   java bench/ConnectBenchmark.java ADMIN_PASSWORD OCTOCAT_PASSWORD [RUNS]
 *
 * Environment: EC_INSTANCE_URL (http://localhost:8080), EC_CLOUD_URL (http://localhost:8180),
 * EC_ACCOUNT (octo-org). Each run connects and disconnects; the instance is left not enabled.
 */
public class ConnectBenchmark {

    static final String INSTANCE = env("EC_INSTANCE_URL", "http://localhost:8080");
    static final String CLOUD = env("EC_CLOUD_URL", "http://localhost:8180");
    static final String ACCOUNT = env("EC_ACCOUNT", "octo-org");
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final int WARMUP = 2;

    static String adminAuth;
    static HttpClient cloudBrowser;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java bench/ConnectBenchmark.java ADMIN_PASSWORD OCTOCAT_PASSWORD [RUNS]");
            System.exit(2);
        }
        adminAuth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[0]).getBytes(StandardCharsets.UTF_8));
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        cloudBrowser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        signInToCloud(args[1]);
        if (!field(instance("GET", "/api/connect", null).body(), "state").equals("NOT_ENABLED")) {
            instance("POST", "/api/connect/disable", "");
        }

        List<Double> fullConnect = new ArrayList<>();
        List<Double> exchange = new ArrayList<>();
        List<Double> disconnect = new ArrayList<>();
        List<Double> direct = new ArrayList<>();
        for (int run = 0; run < WARMUP + runs; run++) {
            long start = System.nanoTime();
            expect(200, instance("POST", "/api/connect/enable", "{\"acceptAddendum\":true}"));
            String link = field(expect(200, instance("POST", "/api/connect/authorize-url", "")).body(), "url");
            URI back = clickConnect(link);
            long exchangeStart = System.nanoTime();
            expect(200, instance("POST", "/api/connect/complete", "{\"code\":\"" + query(back, "code")
                    + "\",\"state\":\"" + query(back, "state") + "\"}"));
            long connected = System.nanoTime();
            expect(200, instance("POST", "/api/connect/disable", ""));
            long disconnected = System.nanoTime();

            // The baseline: the same protocol, straight to the cloud, from a code of the same kind.
            String code = query(clickConnect(link.replaceFirst("state=[^&]*", "state=baseline")), "code");
            long directStart = System.nanoTime();
            directProtocol(code);
            long directEnd = System.nanoTime();
            if (run >= WARMUP) {
                fullConnect.add(ms(start, connected));
                exchange.add(ms(exchangeStart, connected));
                disconnect.add(ms(connected, disconnected));
                direct.add(ms(directStart, directEnd));
            }
        }
        double exchangeMedian = median(exchange);
        double directMedian = median(direct);
        System.out.printf("connect-bench: full connect over the instance API (enable, link, cloud Connect click, "
                + "complete) median %.1f ms; complete alone %.1f ms vs the same cloud calls made directly %.1f ms "
                + "(ratio %.2f); disable %.1f ms (medians of %d runs after %d warm-up)%n",
                median(fullConnect), exchangeMedian, directMedian, exchangeMedian / directMedian, median(disconnect),
                runs, WARMUP);
    }

    /** Conversion, installations, token and record, then removal: what the instance does, without it. */
    static void directProtocol(String code) throws Exception {
        String app = expect(201, api("POST", "/app-manifests/" + code + "/conversions", null, "")).body();
        long appId = Long.parseLong(number(app, "id"));
        String jwt = "Bearer " + jwt(appId, field(app, "pem").replace("\\n", "\n"));
        Matcher tokens = Pattern.compile("/app/installations/(\\d+)/access_tokens")
                .matcher(expect(200, api("GET", "/app/installations", jwt, null)).body());
        tokens.find();
        long installation = Long.parseLong(tokens.group(1));
        String token = field(expect(201, api("POST", "/app/installations/" + installation + "/access_tokens", jwt, ""))
                .body(), "token");
        expect(200, api("PUT", "/installation/connection", "token " + token, "{\"license_public_key\":\"k\","
                + "\"license_sha256\":\"" + "ab".repeat(32) + "\",\"customer_name\":\"Bench\",\"hostname\":\"localhost\","
                + "\"version\":\"bench\",\"tls_enabled\":false,\"enabled_features\":[],\"license_consuming_seats\":1}"));
        expect(204, api("DELETE", "/app/installations/" + installation, jwt, null));
    }

    static void signInToCloud(String password) throws Exception {
        HttpResponse<String> page = cloud(CLOUD + "/sign-in", null);
        HttpResponse<String> done = submit(page, "sign-in", "sign-in:submit", "sign-in:login=octocat&sign-in:password="
                + enc(password) + "&sign-in:next=%2F");
        if (done.statusCode() != 302) {
            throw new IllegalStateException("Cannot sign in to the cloud as octocat");
        }
    }

    static URI clickConnect(String link) throws Exception {
        HttpResponse<String> page = cloud(link, null);
        int row = page.body().indexOf("<span class=\"account-login\">" + ACCOUNT + "</span>");
        Matcher button = Pattern.compile("name=\"([^\"]*connect-account)\"").matcher(page.body());
        if (row < 0 || !button.find(row)) {
            throw new IllegalStateException("The cloud does not offer " + ACCOUNT);
        }
        HttpResponse<String> redirect = submit(page, "connect", button.group(1), "");
        return URI.create(redirect.headers().firstValue("Location").orElseThrow());
    }

    static HttpResponse<String> submit(HttpResponse<String> page, String form, String button, String fields)
            throws Exception {
        String html = page.body();
        String part = html.substring(html.indexOf("<form id=\"" + form + "\""));
        Matcher action = Pattern.compile("action=\"([^\"]*)\"").matcher(part);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(part);
        action.find();
        state.find();
        String body = enc(form) + "=" + enc(form) + (fields.isEmpty() ? "" : "&" + fields) + "&" + enc(button) + "=x"
                + "&jakarta.faces.ViewState=" + enc(state.group(1).replace("&#58;", ":"));
        return cloud(page.uri().resolve(action.group(1).replace("&amp;", "&")).toString(), body);
    }

    static HttpResponse<String> cloud(String url, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return cloudBrowser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> instance(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(INSTANCE + path)).header("Authorization", adminAuth)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> api(String method, String path, String authorization, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(CLOUD + "/api/v3" + path))
                .header("Accept", "application/vnd.github+json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null && !json.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** RS256 app JWT by hand (iss = app id, iat a minute back, exp nine minutes ahead). */
    static String jwt(long appId, String pem) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String signingInput = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(("{\"iss\":" + appId + ",\"iat\":" + (now - 60) + ",\"exp\":" + (now + 540) + "}")
                .getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(pkcs1(pem));
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(rsa.sign());
    }

    static PrivateKey pkcs1(String pem) throws Exception {
        byte[] key = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        byte[] prefix = {0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d,
                0x01, 0x01, 0x01, 0x05, 0x00, 0x04, (byte) 0x82, (byte) (key.length >> 8), (byte) key.length};
        int total = prefix.length + key.length;
        byte[] der = new byte[4 + total];
        der[0] = 0x30;
        der[1] = (byte) 0x82;
        der[2] = (byte) (total >> 8);
        der[3] = (byte) total;
        System.arraycopy(prefix, 0, der, 4, prefix.length);
        System.arraycopy(key, 0, der, 4 + prefix.length, key.length);
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]++|\\\\.)*+)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return value.group(1);
    }

    static String number(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        value.find();
        return value.group(1);
    }

    static String query(URI uri, String name) {
        Matcher value = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(uri.getRawQuery());
        value.find();
        return URLDecoder.decode(value.group(1), StandardCharsets.UTF_8);
    }

    static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
