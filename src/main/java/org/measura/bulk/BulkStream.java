package org.measura.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.measura.api.Problem;
import org.measura.api.ProblemException;
import org.measura.api.ProblemType;

/**
 * Answers an NDJSON stream line by line: reads a line, answers it, writes the answer, and only then reads on, so
 * memory holds one line and one answer whatever the stream's length. Answers are flushed whenever the reader is about
 * to wait for more input, so a client sending slowly sees each answer as soon as it is ready. Blank lines are skipped
 * (they still count in line numbers). When the service shuts down, the stream stops between two lines and its last
 * line is a shutting-down problem numbered as the first line not read, so the client knows where to resume.
 */
final class BulkStream {

    private static final Logger LOG = Logger.getLogger(BulkStream.class);

    /**
     * Turns one line into its answer. A line that is not JSON (JsonProcessingException) or that the single endpoint
     * would refuse (ProblemException) becomes that line's problem in {@link BulkStream}, never the end of the stream.
     */
    interface Answerer {
        Object answer(long number, byte[] text, int length) throws IOException;

        Object problem(long number, Problem problem);
    }

    private BulkStream() {
    }

    /**
     * Ends quietly when the connection fails (the client went away): there is nobody left to answer.
     *
     * @param stop asked before each line is read; once true, the stream ends with the shutting-down line
     * @param drain once stopped, how long at most to read and drop the rest of the input (see
     *              {@link NdjsonLines#discardRest})
     */
    static void run(InputStream in, OutputStream out, int maxLineLength, ObjectWriter writer, Answerer answerer,
            BooleanSupplier stop, Duration drain) {
        NdjsonLines lines = new NdjsonLines(in, maxLineLength, () -> flush(out));
        long answered = 0;
        long lastRead = 0;
        try {
            NdjsonLines.Line line;
            while (true) {
                if (stop.getAsBoolean()) {
                    out.write(writer.writeValueAsBytes(answerer.problem(lastRead + 1, stopped(lastRead))));
                    out.write('\n');
                    out.flush();
                    LOG.infof("A bulk stream was stopped by the shutdown after %d answers", answered);
                    lines.discardRest(System.nanoTime() + drain.toNanos());
                    break;
                }
                line = lines.next();
                if (line == null) {
                    break;
                }
                lastRead = line.number();
                Object answer;
                if (line.tooLong()) {
                    answer = answerer.problem(line.number(), ProblemType.LINE_TOO_LONG.problem("The line is longer "
                            + "than the limit of " + maxLineLength + " bytes (measura.bulk.max-line-length) and "
                            + "was skipped."));
                } else if (line.blank()) {
                    continue;
                } else {
                    answer = answerOrInternalProblem(answerer, line);
                }
                out.write(writer.writeValueAsBytes(answer));
                out.write('\n');
                answered++;
            }
            out.flush();
        } catch (IOException | UncheckedIOException e) {
            LOG.infof("A bulk stream ended early after %d answers: the connection failed (%s)", answered,
                    e.getClass().getSimpleName());
        }
    }

    private static Problem stopped(long lastRead) {
        String read = lastRead == 0 ? "before reading any line; no line was answered"
                : "after line " + lastRead + "; every line up to " + lastRead + " is answered above";
        return ProblemType.SHUTTING_DOWN.problem("The service is shutting down and stopped this stream " + read
                + ". Lines from " + (lastRead + 1) + " on were not read: send them again.");
    }

    private static Object answerOrInternalProblem(Answerer answerer, NdjsonLines.Line line) {
        try {
            return answerer.answer(line.number(), line.text(), line.length());
        } catch (JsonProcessingException e) {
            return answerer.problem(line.number(), LineProblems.of(e));
        } catch (ProblemException e) {
            return answerer.problem(line.number(), e.problem());
        } catch (IOException | RuntimeException e) {
            // Only the exception class is logged: messages may contain submitted data.
            LOG.errorf("Unexpected %s while answering a bulk line", e.getClass().getName());
            return answerer.problem(line.number(),
                    ProblemType.INTERNAL.problem("The service could not answer this line."));
        }
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
