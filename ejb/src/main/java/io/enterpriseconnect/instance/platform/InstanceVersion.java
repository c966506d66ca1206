package io.enterpriseconnect.instance.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The instance's version, as the build recorded it in the EJB module. */
public final class InstanceVersion {

    private static final String POM_PROPERTIES = "/META-INF/maven/io.enterpriseconnect/ejb/pom.properties";
    private static final String VERSION = read();

    private InstanceVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = InstanceVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "development"; // classes run outside a built jar (an IDE)
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
