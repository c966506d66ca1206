package io.enterpriseconnect.help.liquid;

import java.util.Optional;

/** Finds data entries by their dotted path, such as {@code variables.product.prodname_ghe_server} or {@code reusables.github-connect.beta}. */
@FunctionalInterface
public interface DataResolver {

    Optional<DataEntry> find(String path);
}
