using System;
using System.Collections.Generic;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Identifiers;
using ClustersTic.Organisations;
using ClustersTic.Signatures;

namespace ClustersTic.Text;

/// <summary>
/// The one label table: how every enumeration value that is shown to people reads in French and English.
/// Findings, summaries and samples all take their labels from here; JSON keeps the invariant names.
/// </summary>
/// <remarks>All members are thread-safe. A value outside its enumeration reads as its number.</remarks>
public static class Labels
{
    /// <summary>The labels of the <c>Outcome</c> values.</summary>
    internal static readonly EnumLabels OutcomeLabels = EnumLabels.Create(
        (Outcome.Eligible, "éligible", "eligible"),
        (Outcome.Ineligible, "inéligible", "ineligible"),
        (Outcome.Incomplete, "incomplet (informations manquantes)", "incomplete (information missing)"));

    /// <summary>The labels of the <c>Level</c> values.</summary>
    internal static readonly EnumLabels LevelLabels = EnumLabels.Create(
        (CharterLevel.NonConforming, "Non conforme", "Non-conforming"),
        (CharterLevel.Signatory, "Signataire", "Signatory"),
        (CharterLevel.Confirmed, "Confirmé", "Confirmed"),
        (CharterLevel.Exemplary, "Exemplaire", "Exemplary"));

    /// <summary>The labels of the <c>Status</c> values.</summary>
    internal static readonly EnumLabels StatusLabels = EnumLabels.Create(
        (SignatureStatus.NotGranted, "Non accordée", "Not granted"),
        (SignatureStatus.Active, "Active", "Active"),
        (SignatureStatus.ReviewDue, "Revue due", "Review due"),
        (SignatureStatus.Suspended, "Suspendue", "Suspended"),
        (SignatureStatus.Expired, "Expirée", "Expired"),
        (SignatureStatus.Withdrawn, "Retirée", "Withdrawn"),
        (SignatureStatus.Undetermined, "Indéterminée", "Undetermined"));

    /// <summary>The labels of the <c>Size</c> values.</summary>
    internal static readonly EnumLabels SizeLabels = EnumLabels.Create(
        (CompanySizeCategory.Micro, "micro-entreprise (TPE)", "micro-enterprise"),
        (CompanySizeCategory.Small, "petite entreprise", "small enterprise"),
        (CompanySizeCategory.Medium, "moyenne entreprise", "medium-sized enterprise"),
        (CompanySizeCategory.Intermediate, "entreprise de taille intermédiaire (ETI)", "intermediate-sized enterprise"),
        (CompanySizeCategory.Large, "grande entreprise", "large enterprise"));

    /// <summary>The labels of the <c>ParseFailure</c> values.</summary>
    internal static readonly EnumLabels ParseFailureLabels = EnumLabels.Create(
        (IdentifierParseFailure.None, "aucune erreur", "no error"),
        (IdentifierParseFailure.Empty, "vide", "empty"),
        (IdentifierParseFailure.InvalidCharacter, "caractère non autorisé", "character not allowed"),
        (IdentifierParseFailure.WrongLength, "nombre de chiffres incorrect", "wrong number of digits"),
        (IdentifierParseFailure.AllZeros, "uniquement des zéros", "all zeros"),
        (IdentifierParseFailure.Checksum, "clé de contrôle incorrecte", "wrong check digits"),
        (IdentifierParseFailure.InvalidSiren, "le SIREN qu'il contient n'est pas valide", "the SIREN it contains is not valid"),
        (IdentifierParseFailure.UnknownForm, "forme inconnue", "unknown form"),
        (IdentifierParseFailure.FormerNomenclature, "code de l'ancienne nomenclature (NAF rév. 1)", "code of the former nomenclature (NAF rev. 1)"));

    /// <summary>The labels of the <c>Audience</c> values.</summary>
    internal static readonly EnumLabels AudienceLabels = EnumLabels.Create(
        (ClusterAudience.DigitalProviders, "prestataires du numérique", "digital providers"),
        (ClusterAudience.IctUsers, "entreprises utilisatrices du numérique", "companies that use ICT"),
        (ClusterAudience.Cios, "DSI", "CIOs"),
        (ClusterAudience.Other, "autre", "other"));

    /// <summary>The labels of the <c>OrganisationKind</c> values.</summary>
    internal static readonly EnumLabels OrganisationKindLabels = EnumLabels.Create(
        (OrganisationKind.Cluster, "cluster", "cluster"),
        (OrganisationKind.CompetitivenessPole, "pôle de compétitivité", "competitiveness pole"),
        (OrganisationKind.CompanyClub, "club d'entreprises", "company club"),
        (OrganisationKind.IctUserAssociation, "association d'entreprises utilisatrices du numérique", "association of companies that use ICT"),
        (OrganisationKind.CioNetwork, "réseau de DSI", "network of CIOs"),
        (OrganisationKind.Other, "autre", "other"));

    /// <summary>The labels of the <c>AssessmentKind</c> values.</summary>
    internal static readonly EnumLabels AssessmentKindLabels = EnumLabels.Create(
        (AssessmentKind.SelfAssessment, "auto-évaluation", "self-assessment"),
        (AssessmentKind.PeerReview, "revue par les pairs", "peer review"),
        (AssessmentKind.ExternalAudit, "audit externe", "external audit"));

    /// <summary>The labels of the <c>DueKind</c> values.</summary>
    internal static readonly EnumLabels DueKindLabels = EnumLabels.Create(
        (DueKind.Review, "revue annuelle", "annual review"),
        (DueKind.NonConformity, "levée d'une non-conformité", "lifting of a non-conformity"),
        (DueKind.Expiry, "expiration", "expiry"));

    /// <summary>The labels of the <c>AnswerStatus</c> values.</summary>
    internal static readonly EnumLabels AnswerStatusLabels = EnumLabels.Create(
        (AnswerStatus.Met, "satisfait", "met"),
        (AnswerStatus.Unmet, "non satisfait", "unmet"),
        (AnswerStatus.NotApplicable, "sans objet", "not applicable"),
        (AnswerStatus.Unknown, "inconnu", "unknown"));

    /// <summary>The labels of the <c>Requirement</c> values.</summary>
    internal static readonly EnumLabels RequirementLabels = EnumLabels.Create(
        (RequirementLevel.Must, "obligatoire", "must"),
        (RequirementLevel.Should, "recommandé", "should"),
        (RequirementLevel.May, "facultatif", "may"));

    /// <summary>The labels of the <c>NonConformitySeverity</c> values.</summary>
    internal static readonly EnumLabels NonConformitySeverityLabels = EnumLabels.Create(
        (NonConformitySeverity.Minor, "mineure", "minor"),
        (NonConformitySeverity.Major, "majeure", "major"));

    /// <summary>The labels of the <c>NonConformitySource</c> values.</summary>
    internal static readonly EnumLabels NonConformitySourceLabels = EnumLabels.Create(
        (NonConformitySource.Review, "revue annuelle", "annual review"),
        (NonConformitySource.Audit, "audit", "audit"),
        (NonConformitySource.UpheldComplaint, "plainte fondée", "upheld complaint"));

    /// <summary>The labels of the <c>State</c> values.</summary>
    internal static readonly EnumLabels StateLabels = EnumLabels.Create(
        (AdministrativeState.Active, "active", "active"),
        (AdministrativeState.Ceased, "cessée", "ceased"));

    /// <summary>The labels of the <c>Severity</c> values.</summary>
    internal static readonly EnumLabels SeverityLabels = EnumLabels.Create(
        (FindingSeverity.Blocking, "bloquant", "blocking"),
        (FindingSeverity.Warning, "avertissement", "warning"),
        (FindingSeverity.Information, "information", "information"));

    /// <summary>The labels of the <c>FindingStatus</c> values.</summary>
    internal static readonly EnumLabels FindingStatusLabels = EnumLabels.Create(
        (FindingStatus.Failed, "non rempli", "failed"),
        (FindingStatus.Unknown, "non vérifiable", "unknown"),
        (FindingStatus.Information, "information", "information"));

    /// <summary>The labels of the <c>Nomenclature</c> values.</summary>
    internal static readonly EnumLabels NomenclatureLabels = EnumLabels.Create(
        (NafNomenclature.Rev2, "NAF rév. 2", "NAF rev. 2"),
        (NafNomenclature.Naf2025, "NAF 2025", "NAF 2025"));

    /// <summary>The labels of the <c>NafCodeStatus</c> values.</summary>
    internal static readonly EnumLabels NafCodeStatusLabels = EnumLabels.Create(
        (NafCodeStatus.Known, "code de la nomenclature", "code of the nomenclature"),
        (NafCodeStatus.NotGiven, "non renseigné", "not given"),
        (NafCodeStatus.NotWellFormed, "pas un code NAF bien formé", "not a well-formed NAF code"),
        (NafCodeStatus.OldNomenclature, "code de l'ancienne nomenclature (NAF rév. 1)", "code of the former nomenclature (NAF rev. 1)"),
        (NafCodeStatus.NotInNomenclature, "code inexistant dans la nomenclature", "no such code in the nomenclature"));

    /// <summary>The enumerations that have labels, in the order of this table.</summary>
    internal static IReadOnlyList<EnumLabels> All { get; } = new[]
    {
        OutcomeLabels, LevelLabels, StatusLabels, SizeLabels, ParseFailureLabels, AudienceLabels, OrganisationKindLabels,
        AssessmentKindLabels, DueKindLabels, AnswerStatusLabels, RequirementLabels, NonConformitySeverityLabels,
        NonConformitySourceLabels, StateLabels, SeverityLabels, FindingStatusLabels, NomenclatureLabels, NafCodeStatusLabels,
    };

    /// <summary>The label of any of the library's enumeration values shown to people.</summary>
    /// <typeparam name="TEnum">The enumeration, one of the library's.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label (its number when the value is outside the enumeration).</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TEnum"/> is not one of the library's enumerations
    /// shown to people.</exception>
    public static string Get<TEnum>(TEnum value, Language language)
        where TEnum : struct, Enum
    {
        EnumLabels labels = For<TEnum>();
        int index = labels.IndexOf(value);
        return index < 0 ? Internal.Invariant.Name(value) : labels.Label(index, language);
    }

    /// <summary>The label of any of the library's enumeration values shown to people, in the language of a
    /// culture (<see cref="Languages.FromCulture"/>).</summary>
    /// <typeparam name="TEnum">The enumeration, one of the library's.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="TEnum"/> is not one of the library's enumerations
    /// shown to people.</exception>
    public static string Get<TEnum>(TEnum value, System.Globalization.CultureInfo culture)
        where TEnum : struct, Enum => Get(value, Languages.FromCulture(culture));

    /// <summary>The name of an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="language">The language.</param>
    /// <returns>Éligible / Eligible, …</returns>
    public static string OutcomeName(Outcome outcome, Language language = Language.French) => Get(outcome, language);

    /// <summary>The name of a charter level (the French names are the consortium's).</summary>
    /// <param name="level">The level.</param>
    /// <param name="language">The language.</param>
    /// <returns>Non conforme, Signataire, Confirmé, Exemplaire (or their English names).</returns>
    public static string LevelName(CharterLevel level, Language language = Language.French) => Get(level, language);

    /// <summary>The name of a signature status.</summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The language.</param>
    /// <returns>The status name.</returns>
    public static string StatusName(SignatureStatus status, Language language = Language.French) => Get(status, language);

    /// <summary>The name of a size category.</summary>
    /// <param name="category">The category, or null for unknown.</param>
    /// <param name="language">The language.</param>
    /// <returns>The category name (<c>taille inconnue</c> / <c>unknown size</c> for null).</returns>
    public static string SizeName(CompanySizeCategory? category, Language language = Language.French) =>
        category is CompanySizeCategory known ? Get(known, language) : (language == Language.English ? "unknown size" : "taille inconnue");

    /// <summary>The label table of an enumeration.</summary>
    internal static EnumLabels For<TEnum>()
        where TEnum : struct, Enum =>
        Array.Find(AllLabels(), l => l.EnumType == typeof(TEnum))
        ?? throw new ArgumentException($"The enumeration {typeof(TEnum).Name} has no labels.", nameof(TEnum));

    private static EnumLabels[] AllLabels() => (EnumLabels[])All;
}
