package org.measura.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.measura.catalog.Aggregation;
import org.measura.catalog.Band;
import org.measura.catalog.Coding;
import org.measura.catalog.Condition;
import org.measura.catalog.Cutoff;
import org.measura.catalog.InstrumentDefinition;
import org.measura.catalog.Item;
import org.measura.catalog.ResponseScale;
import org.measura.catalog.Rule;
import org.measura.catalog.Scale;
import org.measura.catalog.UnscoredItem;
import org.measura.fault.FaultCode;

/** Scores one administration of one instrument. Pure: no I/O, no state. */
public final class Scorer {

    private Scorer() {
    }

    /**
     * @param responses item id to the value ticked (in the definition's coding, or in {@code codingId}'s); an
     *                  absent item or a null value is unanswered
     * @param codingId  null for the definition's own coding
     */
    public static ScoreResult score(InstrumentDefinition definition, Map<String, Integer> responses, String codingId)
            throws InvalidResponsesException, NotScorableException {
        return score(definition, responses, codingId, Map.of());
    }

    /**
     * @param samples the reference sample each scale is to be placed against, by scale id: the caller's own or one
     *                its definition cites; a scale without one gets no norm-referenced figures
     */
    public static ScoreResult score(InstrumentDefinition definition, Map<String, Integer> responses, String codingId,
            Map<String, ? extends NormRequest> samples) throws InvalidResponsesException, NotScorableException {
        return score(ScoringPlan.of(definition), responses, codingId, samples);
    }

    /** As {@link #score(InstrumentDefinition, Map, String, Map)}, with the definition's lookups prepared beforehand. */
    public static ScoreResult score(ScoringPlan plan, Map<String, Integer> responses, String codingId,
            Map<String, ? extends NormRequest> samples) throws InvalidResponsesException, NotScorableException {
        InstrumentDefinition definition = plan.definition();
        if (!samples.isEmpty()) {
            NormScoring.check(definition, samples);
        }
        List<String> notes = new ArrayList<>();
        Integer[] answered = checkedAnswers(plan, responses, codingId, notes);
        Integer[] values = applyAdministrationRules(plan, answered, notes);

        List<ScaleResult> scales = new ArrayList<>(definition.scales().size());
        for (int i = 0; i < definition.scales().size(); i++) {
            Scale scale = plan.scale(i);
            ScaleResult result = scoreScale(plan, i, values);
            NormRequest sample = samples.get(scale.id());
            scales.add(sample == null ? result : NormScoring.placed(result, scale, sample));
        }
        List<FiredFlag> flags = new ArrayList<>();
        for (Rule rule : definition.flags()) {
            List<FiredFlag.ItemValue> triggering = new ArrayList<>();
            if (RuleCheck.holds(rule, plan, values, triggering)) {
                flags.add(new FiredFlag(rule.id(), rule.label(), rule.meaning(), triggering));
            }
        }
        Set<String> fired = new HashSet<>();
        for (FiredFlag flag : flags) {
            fired.add(flag.id());
        }
        List<UnassessedRisk> unassessed = RiskStatements.unassessed(definition,
                item -> answered[plan.position(item)] != null, fired);
        List<CriterionResult> criteria = new ArrayList<>();
        for (Rule rule : definition.criteria()) {
            criteria.add(new CriterionResult(rule.id(), rule.label(), rule.meaning(),
                    RuleCheck.status(rule, plan, values)));
        }
        if (noneScored(scales)) {
            // A fired risk flag or a decided criterion must reach the clinician even when no score can be given.
            boolean decided = criteria.stream().anyMatch(c -> c.status() != CriterionStatus.UNDETERMINED);
            if (flags.isEmpty() && !decided) {
                // Nothing to report but what was not assessed: a problem, which still says so.
                List<String> reasons = new ArrayList<>(scales.stream().map(s -> s.name() + ": " + s.notScoredReason())
                        .toList());
                unassessed.forEach(u -> reasons.add(u.statement()));
                throw new NotScorableException(reasons);
            }
            String reported = flags.isEmpty() ? "criteria" : decided ? "flags and criteria" : "flags";
            notes.add(0, "No scale of " + definition.abbreviation() + " could be scored (each scale "
                    + "says why); the answer is given for the " + reported + " that the answered items decide.");
        }
        return new ScoreResult(
                new ScoreResult.InstrumentRef(definition.id(), definition.abbreviation(), definition.name(),
                        definition.formVersion()),
                codingId, scales, flags, unassessed.isEmpty() ? null : unassessed, criteria,
                ProfileScoring.profile(definition.profile(), scales), notes.isEmpty() ? null : notes);
    }

    /**
     * The scale scores alone, with their bands and cut-offs, as {@link #score(ScoringPlan, Map, String, Map)} gives
     * them but without norm-referenced scores, flags, criteria or profile: what a series over time needs.
     */
    public static List<ScaleResult> scaleScores(ScoringPlan plan, Map<String, Integer> responses, String codingId)
            throws InvalidResponsesException, NotScorableException {
        Integer[] values = values(plan, responses, codingId, new ArrayList<>());
        List<ScaleResult> scales = new ArrayList<>(plan.definition().scales().size());
        for (int i = 0; i < plan.definition().scales().size(); i++) {
            scales.add(scoreScale(plan, i, values));
        }
        requireOneScored(scales);
        return scales;
    }

    /**
     * The risk flags whose items were left unanswered, as {@link #score(ScoringPlan, Map, String, Map)} reports them,
     * for callers that need no more than the scale scores (a series over time).
     */
    public static List<UnassessedRisk> unassessedRisks(ScoringPlan plan, Map<String, Integer> responses,
            String codingId) throws InvalidResponsesException {
        InstrumentDefinition definition = plan.definition();
        if (RiskStatements.unassessed(definition, responses, Set.of()).isEmpty()) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        Integer[] answered = checkedAnswers(plan, responses, codingId, notes);
        Integer[] values = applyAdministrationRules(plan, answered, notes);
        Set<String> fired = new HashSet<>();
        for (Rule rule : definition.flags()) {
            if (RuleCheck.holds(rule, plan, values, new ArrayList<>())) {
                fired.add(rule.id());
            }
        }
        return RiskStatements.unassessed(definition, item -> answered[plan.position(item)] != null, fired);
    }

    /** The values scoring reads, by item position: the checked answers with skip and not-applicable rules applied. */
    private static Integer[] values(ScoringPlan plan, Map<String, Integer> responses, String codingId,
            List<String> notes) throws InvalidResponsesException {
        return applyAdministrationRules(plan, checkedAnswers(plan, responses, codingId, notes), notes);
    }

    private static boolean noneScored(List<ScaleResult> scales) {
        for (ScaleResult scale : scales) {
            if (scale.scored()) {
                return false;
            }
        }
        return true;
    }

    private static void requireOneScored(List<ScaleResult> scales) throws NotScorableException {
        if (noneScored(scales)) {
            throw new NotScorableException(scales.stream()
                    .map(s -> s.name() + ": " + s.notScoredReason()).toList());
        }
    }

    /** The answered values (in the definition's coding) by item position; null where unanswered. */
    private static Integer[] checkedAnswers(ScoringPlan plan, Map<String, Integer> responses,
            String codingId, List<String> notes) throws InvalidResponsesException {
        InstrumentDefinition definition = plan.definition();
        List<ScoringFault> faults = new ArrayList<>();
        Map<Integer, Integer> coding = null;
        if (codingId != null) {
            coding = plan.coding(codingId).orElse(null);
            if (coding == null) {
                faults.add(new ScoringFault(ScoringLocation.CODING, definition.codings().isEmpty()
                        ? definition.abbreviation() + " has no alternative codings"
                        : "is not a coding of " + definition.abbreviation() + " (known: "
                                + String.join(", ", definition.codings().stream().map(Coding::id).toList()) + ")"));
                throw new InvalidResponsesException(faults);
            }
        }
        ResponseScale scale = definition.responses();
        Integer[] answered = new Integer[plan.itemCount()];
        for (Map.Entry<String, Integer> e : responses.entrySet()) {
            int position = plan.position(e.getKey());
            UnscoredItem unscored = position < 0 ? plan.unscored(e.getKey()) : null;
            if (unscored != null) {
                if (e.getValue() != null) {
                    notes.add("Item " + unscored.id() + " (" + unscored.label() + ") is on the form but not part of"
                            + " any score of " + definition.abbreviation() + "; its answer was not used.");
                }
                continue;
            }
            if (position < 0) {
                faults.add(new ScoringFault(FaultCode.UNKNOWN, ScoringLocation.response(e.getKey()),
                        "is not an item of " + definition.abbreviation()
                        + " (items are " + itemSpan(definition) + ")"));
                continue;
            }
            Integer value = e.getValue();
            if (value == null) {
                continue;
            }
            if (coding != null) {
                Integer mapped = coding.get(value);
                if (mapped == null) {
                    Coding named = definition.coding(codingId).orElseThrow();
                    faults.add(new ScoringFault(FaultCode.INVALID, ScoringLocation.response(e.getKey()),
                            "must be one of " + codingValues(named) + " in the "
                            + named.id() + " coding"));
                } else {
                    answered[position] = mapped;
                }
            } else if (!scale.allows(value)) {
                faults.add(new ScoringFault(FaultCode.INVALID, ScoringLocation.response(e.getKey()),
                        "must be a whole number from " + scale.min() + " to "
                        + scale.max()));
            } else {
                answered[position] = value;
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidResponsesException(faults);
        }
        return answered;
    }

    /** Applies published skip and not-applicable rules, so that such items count as answered. */
    private static Integer[] applyAdministrationRules(ScoringPlan plan, Integer[] answered, List<String> notes) {
        Integer[] values = answered.clone();
        List<Item> items = plan.definition().items();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                continue;
            }
            Item item = items.get(i);
            int skipIf = plan.skipIf(i);
            if (skipIf >= 0 && answered[skipIf] != null && answered[skipIf] == item.skip().equals()) {
                values[i] = item.skip().scoreAs();
                notes.add("Item " + item.id() + " was skipped as the form instructs after item " + item.skip().ifItem()
                        + " and counts as " + item.skip().scoreAs() + ".");
            } else if (item.whenUnanswered() != null) {
                values[i] = item.whenUnanswered().scoreAs();
                notes.add("Item " + item.id() + " was left unanswered and counts as " + item.whenUnanswered().scoreAs()
                        + " (" + item.whenUnanswered().reason() + ").");
            }
        }
        return values;
    }

    private static ScaleResult scoreScale(ScoringPlan plan, int index, Integer[] values) {
        Scale scale = plan.scale(index);
        Map<Integer, Integer> recode = plan.recode(index);
        List<String> missing = new ArrayList<>();
        long sum = 0;
        int answered = 0;
        ResponseScale responses = plan.definition().responses();
        int[] positions = plan.scaleItems(index);
        for (int k = 0; k < positions.length; k++) {
            int position = positions[k];
            Integer value = position < 0 ? null : values[position];
            if (value == null) {
                missing.add(scale.items().get(k));
                continue;
            }
            int keyed = plan.reverseKeyed(position) ? responses.min() + responses.max() - value : value;
            sum += recode.isEmpty() ? keyed : recode.get(keyed);
            answered++;
        }
        int n = scale.items().size();
        int allowed = scale.missing().maxMissing();
        if (missing.size() > allowed) {
            String reason = missing.size() + " of " + n + " items unanswered (" + String.join(", ", missing)
                    + "); " + (allowed == 0 ? "this scale needs every item" : "at most " + allowed + " may be missing")
                    + " (" + ruleBasis(scale) + ")";
            return ScaleResult.notScored(scale, ScaleResult.Coverage.asAnswered(n, answered, missing), reason);
        }
        double m = scale.effectiveMultiplier();
        double exact = scale.aggregation() == Aggregation.SUM
                ? sum * (double) n * m / answered
                : sum * m / answered;
        BigDecimal score = round(exact);
        ScaleResult.Coverage coverage;
        if (missing.isEmpty()) {
            coverage = ScaleResult.Coverage.asAnswered(n, answered, missing);
        } else {
            coverage = ScaleResult.Coverage.prorated(n, answered, missing, scale.aggregation() == Aggregation.SUM
                    ? "prorated: each unanswered item was replaced by the mean of the " + answered
                            + " answered items (" + ruleBasis(scale) + ")"
                    : "mean of the " + answered + " answered items (" + ruleBasis(scale) + ")");
        }
        return ScaleResult.scored(scale, score, ScaleResult.Reading.of(scale, score.doubleValue()), coverage);
    }

    private static String ruleBasis(Scale scale) {
        if (scale.missing().source() != null) {
            return "missing-item rule from source '" + scale.missing().source() + "'";
        }
        return "no published missing-item rule";
    }

    public static ScaleResult.BandResult band(Scale scale, double score) {
        Band found = null;
        for (Band b : scale.bands()) {
            if (score >= b.min()) {
                found = b;
            }
        }
        return found == null ? null : ScaleResult.BandResult.of(found);
    }

    public static List<ScaleResult.CutoffResult> cutoffs(Scale scale, double score) {
        List<ScaleResult.CutoffResult> results = new ArrayList<>();
        for (Cutoff c : scale.cutoffs()) {
            results.add(ScaleResult.CutoffResult.of(c, c.reachedBy(score)));
        }
        return results.isEmpty() ? null : results;
    }

    /** Scores are reported to two decimal places, half-up; bands and cut-offs read the reported value. */
    public static BigDecimal round(double exact) {
        BigDecimal rounded = Decimals.halfUpDecimal(exact, 2).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    private static String itemSpan(InstrumentDefinition definition) {
        List<Item> items = definition.items();
        String span = items.size() <= 12 ? String.join(", ", items.stream().map(Item::id).toList())
                : items.get(0).id() + " to " + items.get(items.size() - 1).id();
        if (definition.unscoredItems().isEmpty()) {
            return span;
        }
        return span + "; also accepted but not scored: " + String.join(", ",
                definition.unscoredItems().stream().map(UnscoredItem::id).toList());
    }

    private static String codingValues(Coding coding) {
        return String.join(", ", coding.map().keySet().stream().sorted().toList());
    }

    /** Evaluation of flag and criterion conditions on answers as printed. */
    static final class RuleCheck {
        private RuleCheck() {
        }

        static boolean holds(Rule rule, ScoringPlan plan, Integer[] values, List<FiredFlag.ItemValue> triggering) {
            for (Condition c : rule.when()) {
                int count = 0;
                for (String item : c.items()) {
                    Integer v = valueOf(plan, values, item);
                    if (v != null && c.matches(v)) {
                        count++;
                        triggering.add(new FiredFlag.ItemValue(item, v));
                    }
                }
                if (count < c.requiredCount()) {
                    triggering.clear();
                    return false;
                }
            }
            return true;
        }

        private static Integer valueOf(ScoringPlan plan, Integer[] values, String itemId) {
            int position = plan.position(itemId);
            return position < 0 ? null : values[position];
        }

        static CriterionStatus status(Rule rule, ScoringPlan plan, Integer[] values) {
            boolean undecided = false;
            for (Condition c : rule.when()) {
                int certain = 0;
                int possible = 0;
                for (String item : c.items()) {
                    Integer v = valueOf(plan, values, item);
                    if (v == null) {
                        possible++;
                    } else if (c.matches(v)) {
                        certain++;
                    }
                }
                if (certain + possible < c.requiredCount()) {
                    return CriterionStatus.NOT_MET;
                }
                if (certain < c.requiredCount()) {
                    undecided = true;
                }
            }
            return undecided ? CriterionStatus.UNDETERMINED : CriterionStatus.MET;
        }
    }
}
