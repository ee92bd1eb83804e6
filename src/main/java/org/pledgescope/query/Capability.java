package org.pledgescope.query;

/** Which feature of the technology is used. FACE_COMPARISON is 1:1 verification or 1:N search. */
public enum Capability {
    FACE_COMPARISON, FACE_DETECTION, FACE_ANALYSIS, OTHER_IMAGE_ANALYSIS
}
