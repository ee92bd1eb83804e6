package org.pledgescope.query;

/** What is being done with the technology. DEVELOPMENT is the vendor's own work and needs no agency. */
public enum Activity {
    SALE, RENEWAL, PILOT, USE, SUPPORT, DEVELOPMENT
}
