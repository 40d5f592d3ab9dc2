package no.grunnmodell.migration;

import java.util.List;

/**
 * One running course (or other process instance) on an older version, named by the course id and case reference of
 * the course it belongs to (null for a process that is no course), never by personal data. {@code waitingIn} names
 * the steps it waits in, as the old version calls them.
 */
public record CourseOutcome(String courseId, String caseReference, String serviceId, String processInstanceId,
                            int fromVersion, List<String> waitingIn, Outcome outcome, List<Reason> reasons) {
}
