using ClustersTic.Companies;
using NodaTime;

namespace ClustersTic.Sirene;

/// <summary>A legal unit (<i>unité légale</i>) as a <c>StockUniteLegale</c> file gives it: only the columns the
/// consortium's rules need. A value INSEE does not diffuse (<c>[ND]</c>) or leaves empty is null: not given.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class SireneLegalUnit
{
    internal SireneLegalUnit(int line, string siren, bool partiallyDiffused, string? name, AdministrativeState? state, LocalDate? stateSince, LocalDate? createdOn, string? mainActivity, string? mainActivityNomenclature, string? mainActivityNaf2025, string? headOfficeNic, string? employeeBand, int? employeeBandYear, string? companyCategory, int? companyCategoryYear)
    {
        Line = line;
        Siren = siren;
        IsPartiallyDiffused = partiallyDiffused;
        Name = name;
        State = state;
        StateSince = stateSince;
        CreatedOn = createdOn;
        MainActivity = mainActivity;
        MainActivityNomenclature = mainActivityNomenclature;
        MainActivityNaf2025 = mainActivityNaf2025;
        HeadOfficeNic = headOfficeNic;
        EmployeeBand = employeeBand;
        EmployeeBandYear = employeeBandYear;
        CompanyCategory = companyCategory;
        CompanyCategoryYear = companyCategoryYear;
    }

    /// <summary>The row's line in the file (the header is line 1).</summary>
    public int Line { get; }

    /// <summary>The SIREN (<c>siren</c>), nine digits.</summary>
    public string Siren { get; }

    /// <summary>Whether INSEE diffuses the unit only partially (<c>statutDiffusionUniteLegale</c> <c>P</c>, or
    /// the former <c>N</c>): its protected values are <c>[ND]</c> in the file, here null.</summary>
    public bool IsPartiallyDiffused { get; }

    /// <summary>The name: <c>denominationUniteLegale</c>, or for a natural person the usual first name and the
    /// name (<c>prenomUsuelUniteLegale</c>, <c>nomUniteLegale</c>); null when not diffused or the columns are absent.</summary>
    public string? Name { get; }

    /// <summary>The administrative state of the current period (<c>etatAdministratifUniteLegale</c>: <c>A</c>
    /// active, <c>C</c> ceased).</summary>
    public AdministrativeState? State { get; }

    /// <summary>The start of the current period (<c>dateDebut</c>): for a ceased unit, its cessation date.</summary>
    public LocalDate? StateSince { get; }

    /// <summary>The cessation date: <see cref="StateSince"/> when the unit is ceased, otherwise null.</summary>
    public LocalDate? CeasedOn => State == AdministrativeState.Ceased ? StateSince : null;

    /// <summary>The creation date (<c>dateCreationUniteLegale</c>).</summary>
    public LocalDate? CreatedOn { get; }

    /// <summary>The main activity (<c>activitePrincipaleUniteLegale</c>) in the nomenclature
    /// <see cref="MainActivityNomenclature"/> says.</summary>
    public string? MainActivity { get; }

    /// <summary>The main activity's nomenclature (<c>nomenclatureActivitePrincipaleUniteLegale</c>):
    /// <c>NAFRev2</c>, or a former one (<c>NAFRev1</c>, <c>NAF1993</c>, <c>NAP</c>) for old units.</summary>
    public string? MainActivityNomenclature { get; }

    /// <summary>The main activity in NAF 2025 (<c>activitePrincipaleNAF25UniteLegale</c>, in files from 2025 on;
    /// null in older ones).</summary>
    public string? MainActivityNaf2025 { get; }

    /// <summary>The head office's NIC (<c>nicSiegeUniteLegale</c>), five digits.</summary>
    public string? HeadOfficeNic { get; }

    /// <summary>The head office's SIRET: the SIREN and <see cref="HeadOfficeNic"/>.</summary>
    public string? HeadOfficeSiret => HeadOfficeNic is null ? null : Siren + HeadOfficeNic;

    /// <summary>INSEE's employee band (<c>trancheEffectifsUniteLegale</c>: <c>NN</c>, <c>00</c>, <c>01</c> …
    /// <c>53</c>); see <see cref="SireneEmployeeBands"/>.</summary>
    public string? EmployeeBand { get; }

    /// <summary>The year the employee band is for (<c>anneeEffectifsUniteLegale</c>).</summary>
    public int? EmployeeBandYear { get; }

    /// <summary>INSEE's company category (<c>categorieEntreprise</c>: <c>PME</c>, <c>ETI</c>, <c>GE</c>).</summary>
    public string? CompanyCategory { get; }

    /// <summary>The year of the company category (<c>anneeCategorieEntreprise</c>).</summary>
    public int? CompanyCategoryYear { get; }

    /// <summary>The legal unit as a company record for the rules, with only what the register says: SIREN,
    /// name (empty when not diffused), head-office SIRET, main activity (NAF rév. 2 when the register's code is in
    /// that nomenclature; NAF 2025), state and cessation date, creation date. No closed years (the register has
    /// no turnover, and an employee band is not a headcount: the size stays unknown) and memberships not given.</summary>
    /// <returns>The record.</returns>
    public Company ToCompany() => new()
    {
        Siren = Siren,
        Siret = HeadOfficeSiret,
        Name = Name ?? string.Empty,
        NafRev2 = IsRev2 ? MainActivity : null,
        Naf2025 = MainActivityNaf2025,
        State = State,
        CeasedOn = CeasedOn,
        CreatedOn = CreatedOn,
    };

    /// <summary>INSEE's name of NAF rév. 2 in <c>nomenclatureActivitePrincipaleUniteLegale</c>.</summary>
    internal const string Rev2Nomenclature = "NAFRev2";

    /// <summary>Whether the main activity is in NAF rév. 2 (older units may still carry NAF rév. 1 or older codes).</summary>
    internal bool IsRev2 => string.Equals(MainActivityNomenclature, Rev2Nomenclature, System.StringComparison.Ordinal);
}
