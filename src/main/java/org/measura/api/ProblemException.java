package org.measura.api;

/** Carries a problem to the exception mapper. No stack trace: it is an answer, not a failure. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
