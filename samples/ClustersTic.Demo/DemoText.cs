using ClustersTic.Identifiers;
using ClustersTic.Text;

namespace ClustersTic.Demo;

/// <summary>The demo's own wording, in French (default) or English.</summary>
internal sealed class DemoText(Language language)
{
    public Language Language { get; } = language;

    public string T(string fr, string en) => Language == Language.English ? en : fr;

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
}
