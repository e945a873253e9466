using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Signatures;

namespace ClustersTic.Text;

/// <summary>The names of the library's values in French and English, for display.</summary>
public static class Labels
{
    /// <summary>The name of an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="language">The language.</param>
    /// <returns>Éligible / Eligible, …</returns>
    public static string OutcomeName(Outcome outcome, Language language = Language.French) => (outcome, language) switch
    {
        (Outcome.Eligible, Language.English) => "Eligible",
        (Outcome.Eligible, _) => "Éligible",
        (Outcome.Ineligible, Language.English) => "Ineligible",
        (Outcome.Ineligible, _) => "Inéligible",
        (_, Language.English) => "Incomplete (information missing)",
        _ => "Incomplet (informations manquantes)",
    };

    /// <summary>The name of a charter level (the French names are the consortium's).</summary>
    /// <param name="level">The level.</param>
    /// <param name="language">The language.</param>
    /// <returns>Non conforme, Signataire, Confirmé, Exemplaire (or their English names).</returns>
    public static string LevelName(CharterLevel level, Language language = Language.French) => (level, language) switch
    {
        (CharterLevel.NonConforming, Language.English) => "Non-conforming",
        (CharterLevel.NonConforming, _) => "Non conforme",
        (CharterLevel.Signatory, Language.English) => "Signatory",
        (CharterLevel.Signatory, _) => "Signataire",
        (CharterLevel.Confirmed, Language.English) => "Confirmed",
        (CharterLevel.Confirmed, _) => "Confirmé",
        (_, Language.English) => "Exemplary",
        _ => "Exemplaire",
    };

    /// <summary>The name of a signature status.</summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The language.</param>
    /// <returns>The status name.</returns>
    public static string StatusName(SignatureStatus status, Language language = Language.French) => (status, language) switch
    {
        (SignatureStatus.NotGranted, Language.English) => "Not granted",
        (SignatureStatus.NotGranted, _) => "Non accordée",
        (SignatureStatus.Active, Language.English) => "Active",
        (SignatureStatus.Active, _) => "Active",
        (SignatureStatus.ReviewDue, Language.English) => "Review due",
        (SignatureStatus.ReviewDue, _) => "Revue due",
        (SignatureStatus.Suspended, Language.English) => "Suspended",
        (SignatureStatus.Suspended, _) => "Suspendue",
        (SignatureStatus.Expired, Language.English) => "Expired",
        (SignatureStatus.Expired, _) => "Expirée",
        (SignatureStatus.Undetermined, Language.English) => "Undetermined",
        (SignatureStatus.Undetermined, _) => "Indéterminée",
        (_, Language.English) => "Withdrawn",
        _ => "Retirée",
    };

    /// <summary>The name of a size category.</summary>
    /// <param name="category">The category, or null for unknown.</param>
    /// <param name="language">The language.</param>
    /// <returns>The category name.</returns>
    public static string SizeName(CompanySizeCategory? category, Language language = Language.French) => (category, language) switch
    {
        (CompanySizeCategory.Micro, Language.English) => "micro-enterprise",
        (CompanySizeCategory.Micro, _) => "micro-entreprise (TPE)",
        (CompanySizeCategory.Small, Language.English) => "small enterprise",
        (CompanySizeCategory.Small, _) => "petite entreprise",
        (CompanySizeCategory.Medium, Language.English) => "medium-sized enterprise",
        (CompanySizeCategory.Medium, _) => "moyenne entreprise",
        (CompanySizeCategory.Intermediate, Language.English) => "intermediate-sized enterprise (ETI)",
        (CompanySizeCategory.Intermediate, _) => "entreprise de taille intermédiaire (ETI)",
        (CompanySizeCategory.Large, Language.English) => "large enterprise",
        (CompanySizeCategory.Large, _) => "grande entreprise",
        (_, Language.English) => "unknown size",
        _ => "taille inconnue",
    };
}
