using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClustersTic.Charter;
using ClustersTic.RuleSets;
using ClustersTic.Text;

namespace ClustersTic.Cli;

/// <summary>One difference between two rule sets: a parameter, a charter category or a criterion that was added,
/// removed or changed.</summary>
/// <param name="Area"><c>parameter</c>, <c>category</c> or <c>criterion</c>.</param>
/// <param name="Id">The parameter's name, or the category's or criterion's id.</param>
/// <param name="Change"><c>added</c>, <c>removed</c> or <c>changed</c>.</param>
/// <param name="Field">For a changed category or criterion, the field that changed (<c>weight</c>); null otherwise.</param>
/// <param name="From">The old value, invariant (JSON); null when added.</param>
/// <param name="To">The new value, invariant (JSON); null when removed.</param>
/// <param name="Line">The difference as people read it, in the language asked for.</param>
internal sealed record RuleSetChange(string Area, string Id, string Change, string? Field, string? From, string? To, string Line);

/// <summary>What changes from one rule set to another — the consortium's question before publishing a version:
/// parameters and durations, the charter's categories and criteria (added, removed, changed field by field).</summary>
internal static class RuleSetDiff
{
    public static IReadOnlyList<RuleSetChange> Compare(RuleSet a, RuleSet b, Texts t)
    {
        var changes = new List<RuleSetChange>();
        void Parameter(string name, string french, string english, string from, string to, string fromShown, string toShown)
        {
            if (!string.Equals(from, to, StringComparison.Ordinal))
            {
                changes.Add(new("parameter", name, "changed", null, from, to, "~ " + t.T(french, english) + t.Colon + fromShown + " → " + toShown));
            }
        }

        void Plain(string name, string french, string english, string from, string to) => Parameter(name, french, english, from, to, from, to);

        Language l = t.Language;

        Plain("version", "Version", "Version", a.Version, b.Version);
        Plain("title", "Titre", "Title", a.Title.In(l), b.Title.In(l));
        Parameter("effectiveFrom", "En vigueur à partir du", "In force from", Iso(a.EffectiveFrom), Iso(b.EffectiveFrom), Prose.Date(a.EffectiveFrom, l), Prose.Date(b.EffectiveFrom, l));
        Parameter("minimumProviderShare", "Part minimale de prestataires du numérique (CL-3)", "Minimum share of digital providers (CL-3)",
            Invariant(a.ClusterAdmission.MinimumProviderShare), Invariant(b.ClusterAdmission.MinimumProviderShare),
            Prose.Percent(a.ClusterAdmission.MinimumProviderShare * 100m, l), Prose.Percent(b.ClusterAdmission.MinimumProviderShare * 100m, l));
        Parameter("admittedOrganisationKinds", "Types d’organisation admis (CL-2)", "Organisation kinds admitted (CL-2)",
            string.Join(",", a.ClusterAdmission.AdmittedOrganisationKinds), string.Join(",", b.ClusterAdmission.AdmittedOrganisationKinds),
            string.Join(", ", a.ClusterAdmission.AdmittedOrganisationKinds.Select(k => Labels.Get(k, l))), string.Join(", ", b.ClusterAdmission.AdmittedOrganisationKinds.Select(k => Labels.Get(k, l))));
        Plain("digitalSectorRev2", "Secteur du numérique, NAF rév. 2 (CO-4)", "Digital sector, NAF rev. 2 (CO-4)", string.Join(", ", a.CompanyEligibility.DigitalSectorRev2), string.Join(", ", b.CompanyEligibility.DigitalSectorRev2));
        Plain("digitalSectorNaf2025", "Secteur du numérique, NAF 2025 (CO-4)", "Digital sector, NAF 2025 (CO-4)", string.Join(", ", a.CompanyEligibility.DigitalSectorNaf2025), string.Join(", ", b.CompanyEligibility.DigitalSectorNaf2025));
        Parameter("naf2025ReferenceFrom", "La NAF 2025 décide à partir du", "NAF 2025 decides from",
            Iso(a.CompanyEligibility.Naf2025ReferenceFrom), Iso(b.CompanyEligibility.Naf2025ReferenceFrom),
            Prose.Date(a.CompanyEligibility.Naf2025ReferenceFrom, l), Prose.Date(b.CompanyEligibility.Naf2025ReferenceFrom, l));
        Parameter("eligibleSizeCategories", "Catégories d’entreprise éligibles (CO-5)", "Eligible size categories (CO-5)",
            string.Join(",", a.CompanyEligibility.EligibleSizeCategories), string.Join(",", b.CompanyEligibility.EligibleSizeCategories),
            string.Join(", ", a.CompanyEligibility.EligibleSizeCategories.Select(c => Labels.Get(c, l))), string.Join(", ", b.CompanyEligibility.EligibleSizeCategories.Select(c => Labels.Get(c, l))));
        Score("confirmedMinimumScore", "Score minimal, niveau Confirmé", "Minimum score, Confirmed level", a.Scoring.ConfirmedMinimumScore, b.Scoring.ConfirmedMinimumScore);
        Score("confirmedMinimumCategoryScore", "Score minimal par catégorie, niveau Confirmé", "Minimum category score, Confirmed level", a.Scoring.ConfirmedMinimumCategoryScore, b.Scoring.ConfirmedMinimumCategoryScore);
        Score("exemplaryMinimumScore", "Score minimal, niveau Exemplaire", "Minimum score, Exemplary level", a.Scoring.ExemplaryMinimumScore, b.Scoring.ExemplaryMinimumScore);
        Parameter("exemplaryAssessmentKinds", "Évaluations admises pour le niveau Exemplaire", "Assessments admitted for the Exemplary level",
            string.Join(",", a.Scoring.ExemplaryAssessmentKinds), string.Join(",", b.Scoring.ExemplaryAssessmentKinds),
            string.Join(", ", a.Scoring.ExemplaryAssessmentKinds.Select(k => Labels.Get(k, l))), string.Join(", ", b.Scoring.ExemplaryAssessmentKinds.Select(k => Labels.Get(k, l))));
        Plain("validity", "Durée de validité d’une signature", "Validity of a signature", a.Lifecycle.Validity.ToString(), b.Lifecycle.Validity.ToString());
        Plain("reviewWindowBefore", "Ouverture de la fenêtre de revue avant l’anniversaire", "Review window opens before the anniversary", a.Lifecycle.ReviewWindowBefore.ToString(), b.Lifecycle.ReviewWindowBefore.ToString());
        Plain("reviewWindowAfter", "Fermeture de la fenêtre de revue après l’anniversaire", "Review window closes after the anniversary", a.Lifecycle.ReviewWindowAfter.ToString(), b.Lifecycle.ReviewWindowAfter.ToString());
        Plain("minorNonConformityDeadline", "Délai de levée d’une non-conformité mineure", "Deadline to lift a minor non-conformity", a.Lifecycle.MinorNonConformityDeadline.ToString(), b.Lifecycle.MinorNonConformityDeadline.ToString());
        Plain("majorNonConformityDeadline", "Délai de levée d’une non-conformité majeure", "Deadline to lift a major non-conformity", a.Lifecycle.MajorNonConformityDeadline.ToString(), b.Lifecycle.MajorNonConformityDeadline.ToString());
        Plain("renewalWindow", "Fenêtre de renouvellement avant l’expiration", "Renewal window before expiry", a.Lifecycle.RenewalWindow.ToString(), b.Lifecycle.RenewalWindow.ToString());
        Plain("charter", "Charte", "Charter", a.Charter.Id + " " + a.Charter.Version, b.Charter.Id + " " + b.Charter.Version);

        CompareCategories(a.Charter, b.Charter, t, changes);
        CompareCriteria(a.Charter, b.Charter, t, changes);
        return changes;

        void Score(string name, string french, string english, decimal from, decimal to) =>
            Parameter(name, french, english, Invariant(from), Invariant(to), Prose.OneDecimal(from, l), Prose.OneDecimal(to, l));
    }

    private static void CompareCategories(CharterDefinition a, CharterDefinition b, Texts t, List<RuleSetChange> changes)
    {
        string word = t.T("catégorie", "category");
        foreach (CharterCategory old in a.Categories)
        {
            if (!b.TryGetCategory(old.Id, out CharterCategory? now))
            {
                changes.Add(new("category", old.Id, "removed", null, old.Id, null, "- " + word + " " + old.Id + " (" + old.Title.In(t.Language) + ")"));
            }
            else if (!old.Title.Equals(now.Title))
            {
                changes.Add(new("category", old.Id, "changed", "title", old.Title.In(t.Language), now.Title.In(t.Language),
                    "~ " + word + " " + old.Id + ", " + t.T("titre", "title") + t.Colon + old.Title.In(t.Language) + " → " + now.Title.In(t.Language)));
            }
        }

        foreach (CharterCategory now in b.Categories)
        {
            if (!a.TryGetCategory(now.Id, out _))
            {
                changes.Add(new("category", now.Id, "added", null, null, now.Id, "+ " + word + " " + now.Id + " (" + now.Title.In(t.Language) + ")"));
            }
        }
    }

    private static void CompareCriteria(CharterDefinition a, CharterDefinition b, Texts t, List<RuleSetChange> changes)
    {
        string word = t.T("critère", "criterion");
        foreach (Criterion old in a.Criteria)
        {
            if (!b.TryGetCriterion(old.Id, out Criterion? now))
            {
                changes.Add(new("criterion", old.Id, "removed", null, old.Id, null, "- " + word + " " + old.Id + " (" + old.Title.In(t.Language) + ")"));
                continue;
            }

            void Field(string field, string french, string english, string from, string to, string fromShown, string toShown)
            {
                if (!string.Equals(from, to, StringComparison.Ordinal))
                {
                    changes.Add(new("criterion", old.Id, "changed", field, from, to,
                        "~ " + word + " " + old.Id + ", " + t.T(french, english) + t.Colon + fromShown + " → " + toShown));
                }
            }

            Language l = t.Language;
            Field("category", "catégorie", "category", old.CategoryId, now.CategoryId, old.CategoryId, now.CategoryId);
            Field("level", "exigence", "requirement", old.Level.ToString(), now.Level.ToString(), Labels.Get(old.Level, l), Labels.Get(now.Level, l));
            Field("weight", "poids", "weight", Invariant(old.Weight), Invariant(now.Weight), Invariant(old.Weight), Invariant(now.Weight));
            Field("evidenceRequired", "preuve exigée", "evidence required", Bool(old.EvidenceRequired), Bool(now.EvidenceRequired), YesNo(old.EvidenceRequired, t), YesNo(now.EvidenceRequired, t));
            Field("notApplicableAllowed", "sans objet admis", "N/A allowed", Bool(old.NotApplicableAllowed), Bool(now.NotApplicableAllowed), YesNo(old.NotApplicableAllowed, t), YesNo(now.NotApplicableAllowed, t));
            Field("title", "titre", "title", old.Title.In(l), now.Title.In(l), old.Title.In(l), now.Title.In(l));
            if (!old.Text.Equals(now.Text))
            {
                changes.Add(new("criterion", old.Id, "changed", "text", old.Text.In(l), now.Text.In(l), "~ " + word + " " + old.Id + ", " + t.T("texte modifié", "text changed")));
            }
        }

        foreach (Criterion now in b.Criteria)
        {
            if (!a.TryGetCriterion(now.Id, out _))
            {
                changes.Add(new("criterion", now.Id, "added", null, null, now.Id, "+ " + word + " " + now.Id + " (" + now.Title.In(t.Language) + ")"));
            }
        }
    }

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string YesNo(bool value, Texts t) => value ? t.T("oui", "yes") : t.T("non", "no");
}
