package org.narrativelens.text;

/**
 * A capitalised run of tokens that reads as a person or organisation name, honorifics and titles taken off.
 *
 * @param first index of the name's first token in its sentence's tokens
 * @param last  index of its last token, inclusive
 * @param runStart index of the first token of the whole run, title included
 * @param name  the name as written (original spacing), without the title
 * @param title the honorific or title written in front of the name ("Mawlawi", "Foreign Minister"), or null
 * @param start offset of the name's first character
 * @param end   offset just after its last character
 */
record NameMention(int first, int last, int runStart, String name, String title, int start, int end) {

    int tokenCount() {
        return last - first + 1;
    }

    String lastWord() {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }
}
