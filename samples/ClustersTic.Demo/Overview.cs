using System.Globalization;
using System.IO;
using System.Linq;
using ClustersTic.Companies;
using ClustersTic.Identifiers;

namespace ClustersTic.Demo;

/// <summary>Prints the overview of the built-in sample data.</summary>
internal static class Overview
{
    private static readonly string[] SampleSirens = ["552 100 554", "732829320", "732829321", "55210055", "552-100-554", "000000000"];
    private static readonly string[] SampleSirets = ["732 829 320 00074", "35600000049837", "73282932000075"];
    private static readonly string[] SampleVats = ["FR 44 732 829 320", "FR45732829320"];
    private static readonly string[] SampleNafs = ["62.01Z", "6201Z", "62.10Y", "62-01Z"];

    public static void Print(TextWriter output, DemoText text)
    {
        output.WriteLine(text.T("== Identifiants ==", "== Identifiers =="));
        foreach (string s in SampleSirens)
        {
            bool valid = Siren.TryParse(s, out Siren siren, out IdentifierParseFailure failure);
            output.WriteLine(valid
                ? $"SIREN  {s,-22} {text.Failure(failure)} : {siren:S}, {text.T("TVA", "VAT")} {siren.ToVatNumber()}"
                : $"SIREN  {s,-22} {text.T("invalide", "invalid")} : {text.Failure(failure)}");
        }

        foreach (string s in SampleSirets)
        {
            bool valid = Siret.TryParse(s, out Siret siret, out IdentifierParseFailure failure);
            output.WriteLine(valid
                ? $"SIRET  {s,-22} {text.Failure(failure)} : SIREN {siret.Siren:S}, NIC {siret.Nic:D5}"
                : $"SIRET  {s,-22} {text.T("invalide", "invalid")} : {text.Failure(failure)}");
        }

        foreach (string s in SampleVats)
        {
            bool valid = FrenchVatNumber.TryParse(s, out FrenchVatNumber vat, out IdentifierParseFailure failure);
            output.WriteLine(valid
                ? $"{text.T("TVA", "VAT"),-6} {s,-22} {text.Failure(failure)} : {vat:S}"
                : $"{text.T("TVA", "VAT"),-6} {s,-22} {text.T("invalide", "invalid")} : {text.Failure(failure)}");
        }

        foreach (string s in SampleNafs)
        {
            output.WriteLine(NafCode.TryParse(s, out NafCode naf)
                ? $"NAF    {s,-22} {text.T("valide", "valid")} : {naf} ({(naf.Nomenclature == NafNomenclature.Rev2 ? "NAF rév. 2" : "NAF 2025")})"
                : $"NAF    {s,-22} {text.T("invalide", "invalid")} : {text.T("attendu NN.NNL ou NNNNL", "expected NN.NNL or NNNNL")}");
        }

        output.WriteLine();
        output.WriteLine(text.T("== Catégories d'entreprise (décret 2008-1354) ==", "== Company size categories (décret 2008-1354) =="));
        foreach (SampleCompany company in SampleCompanies.All)
        {
            CompanySizeCategory? category = CompanySize.Classify(company.Years);
            string years = string.Join(
                ", ",
                company.Years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture) + ": " + text.Category(CompanySize.Classify(y))));
            output.WriteLine($"{company.Name,-24} {text.Category(category)}");
            output.WriteLine($"{string.Empty,-24}   {text.T("exercices", "closed years")} : {years}");
        }
    }
}
