package dev.apikata.chapters.run;

/**
 * What one file's run did, for the summary: snippets and commands executed, outputs compared.
 */
public final class RunStats {

    public int javaBlocks;
    public int javaSnippets;
    public int shellBlocks;
    public int shellCommands;
    public int kitCommands;
    public int outputsCompared;
    public int quotesChecked;
    public int dataBlocksParsed;
    public int skipped;
    /** Of the Java blocks, those that are pieces of a named example ({@code fragment}). */
    public int fragmentBlocks;
    public int diagrams;

    public void add(RunStats other) {
        javaBlocks += other.javaBlocks;
        javaSnippets += other.javaSnippets;
        shellBlocks += other.shellBlocks;
        shellCommands += other.shellCommands;
        kitCommands += other.kitCommands;
        outputsCompared += other.outputsCompared;
        quotesChecked += other.quotesChecked;
        dataBlocksParsed += other.dataBlocksParsed;
        skipped += other.skipped;
        fragmentBlocks += other.fragmentBlocks;
        diagrams += other.diagrams;
    }

    @Override
    public String toString() {
        return javaBlocks + " Java/jshell blocks (" + javaSnippets + " snippets, " + fragmentBlocks + " blocks in fragments), " + shellBlocks + " shell blocks ("
                + shellCommands + " commands, " + kitCommands + " of them ./kit), " + outputsCompared + " outputs compared, "
                + quotesChecked + " quotes checked, " + dataBlocksParsed + " XML/JSON/YAML blocks parsed, " + diagrams + " diagrams, " + skipped + " skipped";
    }
}
