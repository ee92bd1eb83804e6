package org.pledgescope.verdict;

import java.util.List;

/** An open question that decides the verdict, who raised it, and the verdict under each reading. */
public record QuestionReport(String id, String question, List<String> raisedBy, List<ReadingVerdict> readings) {}
