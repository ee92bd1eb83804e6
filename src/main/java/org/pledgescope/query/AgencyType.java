package org.pledgescope.query;

/** Kinds of agency a query can name. Sheriffs and state police are police in ordinary usage. */
public enum AgencyType {
    MUNICIPAL_POLICE, SHERIFF, STATE_POLICE, FEDERAL_LAW_ENFORCEMENT, IMMIGRATION_ENFORCEMENT,
    BORDER_PROTECTION, OTHER_GOVERNMENT, NONPROFIT, COMMERCIAL, RESEARCH
}
