package org.pledgescope.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import org.pledgescope.engine.RuleFailure;
import org.pledgescope.table.PackTable;
import org.pledgescope.vocabulary.Vocabulary;

/**
 * What decides the answer in each fully known world of one pack, read from its decision table, for a caller that
 * answers many worlds at once (a map's cells): two worlds with equal keys get equal results, so each key needs
 * answering once. A world is the sum of its facts' parts ({@link #part}), as the table numbers it; the key is the
 * dates and the findings the table holds there, which is all the evaluator's answer in a fully known world reads
 * (its memo of results is keyed the same way, by findings rather than by world).
 */
public final class CellKeys {
    /** The part of a value in no class of the table: the world has no key (answer it itself). */
    public static final int NONE = -1;

    private final PackEngine engine;
    private final PackTable table;
    private final Duration ruleTimeLimit;

    CellKeys(PackEngine engine, PackTable table, Duration ruleTimeLimit) {
        this.engine = engine;
        this.table = table;
        this.ruleTimeLimit = ruleTimeLimit;
    }

    /** The part of fact {@code field} = {@code value} in a world's number: 0 for a fact the table does not read. */
    public int part(String field, Object value) {
        int a = table.axis(field);
        if (a < 0) {
            return 0;
        }
        int c = table.axes().get(a).classOf(value);
        return c < 0 ? NONE : c * table.stride(a);
    }

    /** The keys of the worlds read as known on {@code asKnownOn}, used on {@code useDate}. */
    public OnDays on(LocalDate asKnownOn, LocalDate useDate) {
        Timeline.Moment m = engine.timeline().at(asKnownOn, useDate);
        int useDatePart = table.readsUseDate() ? part(Vocabulary.USE_DATE, useDate) : 0;
        return new OnDays(engine.pack().id(), asKnownOn, useDate, m, useDatePart);
    }

    /** The keys of worlds on one pair of days. */
    public final class OnDays {
        private final String pack;
        private final LocalDate asKnownOn;
        private final LocalDate useDate;
        private final Timeline.Moment moment;
        private final int useDatePart;

        private OnDays(String pack, LocalDate asKnownOn, LocalDate useDate, Timeline.Moment moment, int useDatePart) {
            this.pack = pack;
            this.asKnownOn = asKnownOn;
            this.useDate = useDate;
            this.moment = moment;
            this.useDatePart = useDatePart;
        }

        /**
         * The key of the world whose facts' parts sum to {@code facts}, or null when it has none (a part was
         * {@link #NONE}, the rules failed there, or its cell is empty with no rules at hand).
         */
        public Object key(int facts) {
            if (facts < 0 || useDatePart < 0) {
                return null;
            }
            if (moment.known().isEmpty() || !moment.inTerm()) {
                return new Evaluator.ResultKey(pack, asKnownOn, useDate, null);
            }
            try {
                return new Evaluator.ResultKey(
                        pack,
                        asKnownOn,
                        useDate,
                        TabledWorlds.findingsKey(engine, table, moment.applying(), facts + useDatePart, ruleTimeLimit));
            } catch (RuleFailure | PackTable.MissingCell e) {
                return null;
            }
        }
    }
}
