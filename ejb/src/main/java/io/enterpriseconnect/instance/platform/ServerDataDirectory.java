package io.enterpriseconnect.instance.platform;

import java.nio.file.Path;

/**
 * Where the instance keeps the files it generates on a first start (credentials key, development
 * license): the application server's data directory, under {@code enterprise-connect/}.
 */
public final class ServerDataDirectory {

    private ServerDataDirectory() {
    }

    public static Path resolve() {
        String wildfly = System.getProperty("jboss.server.data.dir");
        if (wildfly != null) {
            return Path.of(wildfly, "enterprise-connect");
        }
        // Payara and GlassFish name their domain directory instead of a data directory.
        String glassfish = System.getProperty("com.sun.aas.instanceRoot");
        if (glassfish != null) {
            return Path.of(glassfish, "data", "enterprise-connect");
        }
        return Path.of(System.getProperty("user.home"), ".enterprise-connect");
    }
}
