package io.github.dmerrors.maven.ledger;

/**
 * Why a finding was reported. The ids are part of the JSON report, so that CI can group or silence
 * findings; they never change once released.
 */
public enum Rule {
    /** The catalogue is not valid, including a code or a name used twice. */
    CATALOGUE("catalogue"),
    /** The catalogue's guide is not in its format, or does not match the catalogue. */
    GUIDE("guide"),
    /** The ledger is not in its format, or tells an impossible history. */
    LEDGER_FORMAT("ledger-format"),
    /** A name the ledger records with one code now has another. */
    NAME_CHANGED_CODE("name-changed-code"),
    /** A code the ledger records under one name now has another, and no rename is declared. */
    CODE_CHANGED_NAME("code-changed-name"),
    /** A retired code is given to an error again. */
    RETIRED_CODE_REUSED("retired-code-reused"),
    /** A declared rename matches no code of the catalogue and the ledger. */
    RENAME_UNMATCHED("rename-unmatched"),
    /** A line of the base's ledger was removed or changed: the ledger is append-only. */
    LEDGER_EDITED("ledger-edited"),
    /** A forced record gave a code to another error since the base. */
    REUSE_FORCED("reuse-forced"),
    /** Two branches assign one code to different errors. */
    BRANCHES_DISAGREE("branches-disagree"),
    /** A git base cannot be read: git is missing, there is no repository, or the ref is not fetched. */
    BASE_UNREADABLE("base-unreadable"),
    /** A code changes its class, scope or level (a warning). */
    ATTRIBUTE_CHANGED("attribute-changed"),
    /** A code the ledger lists as active is gone from the catalogue (a warning). */
    CODE_REMOVED("code-removed"),
    /** The catalogue holds something the ledger does not record yet (a warning). */
    UNRECORDED("unrecorded");

    private final String id;

    Rule(String id) {
        this.id = id;
    }

    /** Returns the id the JSON report shows, such as {@code code-changed-name}. */
    public String id() {
        return id;
    }
}
