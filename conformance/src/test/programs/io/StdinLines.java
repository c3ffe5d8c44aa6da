package io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

/** BufferedReader over System.in: lines with their lengths and a word count, up to the end of the input. */
public class StdinLines {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int lines = 0;
        int words = 0;
        while ((line = in.readLine()) != null) {
            lines++;
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) words += trimmed.split("\\s+").length;
            System.out.println(lines + " (" + line.length() + ") " + new StringBuilder(line).reverse());
        }
        System.out.println("lines " + lines + " words " + words + " then " + in.readLine());
    }
}
