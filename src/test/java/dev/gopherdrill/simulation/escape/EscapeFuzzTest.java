package dev.gopherdrill.simulation.escape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Random programs of the subset (RandomPrograms) and mangled variants of them (a token
 * range deleted, a line duplicated, the file truncated, characters swapped): the parser,
 * checker and analysis must never fail with anything but an EscapeSourceException, and a
 * refusal must carry a position inside the file.
 */
class EscapeFuzzTest {

    private static final int PROGRAMS = 2000;

    @Test
    void generatedProgramsAllAnalyseAndTheirMutantsAnalyseOrAreRefusedWithAPosition() {
        SplittableRandom rnd = new SplittableRandom(20261127);
        int analysed = 0;
        int mutantsAnalysed = 0;
        int mutantsRefused = 0;
        int diagnostics = 0;
        for (long seed = 1; seed <= PROGRAMS; seed++) {
            String src = RandomPrograms.generate(seed);
            try {
                diagnostics += EscapeAnalyzer.analyze(src).diagnostics().size();
                analysed++;
            } catch (EscapeSourceException e) {
                fail("generated program " + seed + " was refused: " + e.getMessage() + "\n" + src);
            }
            String mutant = mutate(src, rnd);
            try {
                EscapeAnalyzer.analyze(mutant);
                mutantsAnalysed++;
            } catch (EscapeSourceException e) {
                mutantsRefused++;
                long lines = mutant.lines().count() + 1;
                assertTrue(e.line() >= 1 && e.line() <= lines, "position outside the file: " + e.getMessage());
                assertTrue(e.col() >= 1, "column: " + e.getMessage());
                assertTrue(e.getMessage().startsWith(e.line() + ":" + e.col() + ": "), e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("mutant of program " + seed + " crashed the analyzer:\n" + mutant, e);
            }
        }
        System.out.printf("escape fuzz: %d programs analysed (%d diagnostics); mutants: %d analysed, %d refused%n",
                analysed, diagnostics, mutantsAnalysed, mutantsRefused);
        assertEquals(PROGRAMS, analysed);
        assertTrue(diagnostics > PROGRAMS, "the generated programs should allocate");
        assertTrue(mutantsRefused > PROGRAMS / 4, "most mutants should break the program: " + mutantsRefused);
        assertTrue(mutantsAnalysed > 0, "some mutants (e.g. a duplicated statement) stay valid");
    }

    @Test
    void theSameSeedGivesTheSameProgram() {
        assertEquals(RandomPrograms.generate(42), RandomPrograms.generate(42));
        assertFalse(RandomPrograms.generate(42).equals(RandomPrograms.generate(43)));
    }

    static String mutate(String src, SplittableRandom rnd) {
        switch (rnd.nextInt(5)) {
            case 0:
                return src.substring(0, rnd.nextInt(src.length()));
            case 1: {
                int a = rnd.nextInt(src.length());
                int b = Math.min(src.length(), a + 1 + rnd.nextInt(12));
                return src.substring(0, a) + src.substring(b);
            }
            case 2: {
                String[] lines = src.split("\n", -1);
                int i = rnd.nextInt(lines.length);
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < lines.length; k++) {
                    sb.append(lines[k]).append('\n');
                    if (k == i) {
                        sb.append(lines[k]).append('\n');
                    }
                }
                return sb.toString();
            }
            case 3: {
                char[] cs = src.toCharArray();
                int a = rnd.nextInt(cs.length);
                int b = rnd.nextInt(cs.length);
                char t = cs[a];
                cs[a] = cs[b];
                cs[b] = t;
                return new String(cs);
            }
            default: {
                String junk = "{}()[]&*<-:=,;.\"'`x1_ \n\tfuncgo".substring(0);
                int a = rnd.nextInt(src.length());
                return src.substring(0, a) + junk.charAt(rnd.nextInt(junk.length())) + src.substring(a);
            }
        }
    }
}
