using ClustersTic.Companies;
using ClustersTic.Identifiers;

namespace ClustersTic.Demo;

/// <summary>The demo's own wording, in French (default) or English.</summary>
internal sealed class DemoText(bool english)
{
    public string T(string fr, string en) => english ? en : fr;

    public string Failure(IdentifierParseFailure failure) => failure switch
    {
        IdentifierParseFailure.None => T("valide", "valid"),
        IdentifierParseFailure.Empty => T("vide", "empty"),
        IdentifierParseFailure.InvalidCharacter => T("caractère non autorisé", "character not allowed"),
        IdentifierParseFailure.WrongLength => T("nombre de chiffres incorrect", "wrong number of digits"),
        IdentifierParseFailure.AllZeros => T("uniquement des zéros", "all zeros"),
        IdentifierParseFailure.Checksum => T("clé de contrôle incorrecte", "wrong check digits"),
        IdentifierParseFailure.InvalidSiren => T("le SIREN contenu n'est pas valide", "the SIREN it contains is not valid"),
        IdentifierParseFailure.UnknownForm => T("forme inconnue", "unknown form"),
        _ => failure.ToString(),
    };

    public string Category(CompanySizeCategory? category) => category switch
    {
        CompanySizeCategory.Micro => T("micro-entreprise (TPE)", "micro-enterprise"),
        CompanySizeCategory.Small => T("petite entreprise", "small enterprise"),
        CompanySizeCategory.Medium => T("moyenne entreprise", "medium-sized enterprise"),
        CompanySizeCategory.Intermediate => T("entreprise de taille intermédiaire (ETI)", "intermediate-sized enterprise"),
        CompanySizeCategory.Large => T("grande entreprise", "large enterprise"),
        _ => T("inconnue (données manquantes)", "unknown (missing figures)"),
    };
}
