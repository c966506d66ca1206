package io.enterpriseconnect.help.bench;

import io.enterpriseconnect.help.conformance.Corpus;
import io.enterpriseconnect.help.liquid.LiquidParser;
import io.enterpriseconnect.help.site.HelpSources;
import io.enterpriseconnect.help.versions.VersionCatalog;

/** The corpus matrix the benchmarks run over, loaded once from {@code --corpus=} (or the default location). */
record BenchCorpus(VersionCatalog catalog, LiquidParser parser, HelpSources sources) {

    static BenchCorpus load(String[] args) {
        Corpus corpus = Corpus.locate(option(args, "corpus", null));
        if (!corpus.isPresent()) {
            throw new IllegalStateException("no reference corpus at " + corpus.root());
        }
        VersionCatalog catalog = Corpus.versions();
        LiquidParser parser = new LiquidParser(catalog);
        return new BenchCorpus(catalog, parser, HelpSources.load(corpus.sources(), catalog, parser));
    }

    /** The value of {@code --name=value} among the arguments, or the fallback. */
    static String option(String[] args, String name, String fallback) {
        String prefix = "--" + name + "=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return fallback;
    }
}
