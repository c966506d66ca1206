package io.enterpriseconnect.system;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the build produced, exactly as enterprises and the cloud deploy them. */
public final class Deployments {

    static final String INSTANCE_WEB_MODULE = "enterprise-connect-web.war";

    private Deployments() {
    }

    public static EnterpriseArchive instance() {
        return ShrinkWrap.create(ZipImporter.class, "enterprise-connect.ear")
                .importFrom(file("enterprise-connect.ear")).as(EnterpriseArchive.class);
    }

    public static WebArchive cloud() {
        return ShrinkWrap.create(ZipImporter.class, "cloud.war").importFrom(file("cloud.war")).as(WebArchive.class);
    }

    private static File file(String name) {
        return new File(System.getProperty("deployments.dir"), name);
    }
}
