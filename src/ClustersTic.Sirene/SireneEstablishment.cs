using ClustersTic.Companies;

namespace ClustersTic.Sirene;

/// <summary>An establishment as a <c>StockEtablissement</c> file gives it: what finding a head office and its
/// département needs. A value INSEE does not diffuse (<c>[ND]</c>) or leaves empty is null.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class SireneEstablishment
{
    internal SireneEstablishment(int line, string siren, string nic, bool partiallyDiffused, bool isHeadOffice, AdministrativeState? state, string? municipalityCode, string? postalCode)
    {
        Line = line;
        Siren = siren;
        Nic = nic;
        IsPartiallyDiffused = partiallyDiffused;
        IsHeadOffice = isHeadOffice;
        State = state;
        MunicipalityCode = municipalityCode;
        PostalCode = postalCode;
    }

    /// <summary>The row's line in the file (the header is line 1).</summary>
    public int Line { get; }

    /// <summary>The SIREN of the legal unit (<c>siren</c>).</summary>
    public string Siren { get; }

    /// <summary>The NIC (<c>nic</c>), five digits.</summary>
    public string Nic { get; }

    /// <summary>The SIRET: the SIREN and the NIC.</summary>
    public string Siret => Siren + Nic;

    /// <summary>Whether the establishment is diffused only partially (<c>statutDiffusionEtablissement</c>).</summary>
    public bool IsPartiallyDiffused { get; }

    /// <summary>Whether it is its legal unit's head office (<c>etablissementSiege</c>).</summary>
    public bool IsHeadOffice { get; }

    /// <summary>Its administrative state (<c>etatAdministratifEtablissement</c>: <c>A</c> active, <c>F</c>
    /// closed, read as ceased).</summary>
    public AdministrativeState? State { get; }

    /// <summary>INSEE's municipality code (<c>codeCommuneEtablissement</c>).</summary>
    public string? MunicipalityCode { get; }

    /// <summary>The postal code (<c>codePostalEtablissement</c>).</summary>
    public string? PostalCode { get; }

    /// <summary>The département: the municipality code's first two characters (<c>2A</c> and <c>2B</c> for
    /// Corsica), three for overseas (<c>971</c> … <c>976</c>); from the postal code when the municipality code is
    /// not given (Corsica then reads as <c>20</c>); null when neither is.</summary>
    public string? Departement => Departements.Of(MunicipalityCode, PostalCode);
}
