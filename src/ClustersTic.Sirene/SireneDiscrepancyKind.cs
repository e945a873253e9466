namespace ClustersTic.Sirene;

/// <summary>What a member record and the Sirene register disagree on (see <see cref="SireneDiscrepancy"/>).</summary>
public enum SireneDiscrepancyKind
{
    /// <summary>The member's SIREN is not given or not valid: the record could not be looked up.</summary>
    SirenNotUsable = 0,

    /// <summary>The SIREN is valid but the stock file has no legal unit with it: a typing error, or a unit whose
    /// data are not diffused at all (such units are left out of the open stock files).</summary>
    UnknownSiren = 1,

    /// <summary>Ceased in the register, not ceased in the member record (active or state not given).</summary>
    Ceased = 2,

    /// <summary>Active in the register, ceased or state not given in the member record.</summary>
    Active = 3,

    /// <summary>Ceased in both, on different dates (or with no date in the member record).</summary>
    CessationDate = 4,

    /// <summary>The main activity (NAF rév. 2) differs, or the member record has none.</summary>
    Activity = 5,

    /// <summary>The register has a NAF 2025 activity the member record does not have, or another one.</summary>
    Naf2025 = 6,

    /// <summary>The creation date differs, or the member record has none.</summary>
    CreationDate = 7,

    /// <summary>The member record gives a SIRET that is not the head office's.</summary>
    HeadOfficeSiret = 8,

    /// <summary>The member record's SIRET is unknown to the establishment stock file.</summary>
    UnknownEstablishment = 9,

    /// <summary>The member record's SIRET is a closed establishment in the register.</summary>
    ClosedEstablishment = 10,
}
