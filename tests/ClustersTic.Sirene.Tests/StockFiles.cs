using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace ClustersTic.Sirene.Tests;

/// <summary>Stock files written in INSEE's layout: the header of the dictionary of variables 3.11 (the 2025
/// files, with <c>activitePrincipaleNAF25…</c>), rows given by column name, the rest of each row empty.</summary>
internal static class StockFiles
{
    public static readonly string[] LegalUnitHeader =
    [
        "siren", "statutDiffusionUniteLegale", "unitePurgeeUniteLegale", "dateCreationUniteLegale", "sigleUniteLegale",
        "sexeUniteLegale", "prenom1UniteLegale", "prenom2UniteLegale", "prenom3UniteLegale", "prenom4UniteLegale",
        "prenomUsuelUniteLegale", "pseudonymeUniteLegale", "identifiantAssociationUniteLegale", "trancheEffectifsUniteLegale",
        "anneeEffectifsUniteLegale", "dateDernierTraitementUniteLegale", "nombrePeriodesUniteLegale", "categorieEntreprise",
        "anneeCategorieEntreprise", "dateDebut", "etatAdministratifUniteLegale", "nomUniteLegale", "nomUsageUniteLegale",
        "denominationUniteLegale", "denominationUsuelle1UniteLegale", "denominationUsuelle2UniteLegale",
        "denominationUsuelle3UniteLegale", "categorieJuridiqueUniteLegale", "activitePrincipaleUniteLegale",
        "nomenclatureActivitePrincipaleUniteLegale", "nicSiegeUniteLegale", "economieSocialeSolidaireUniteLegale",
        "societeMissionUniteLegale", "caractereEmployeurUniteLegale", "activitePrincipaleNAF25UniteLegale",
    ];

    public static readonly string[] EstablishmentHeader =
    [
        "siren", "nic", "siret", "statutDiffusionEtablissement", "dateCreationEtablissement", "trancheEffectifsEtablissement",
        "anneeEffectifsEtablissement", "activitePrincipaleRegistreMetiersEtablissement", "dateDernierTraitementEtablissement",
        "etablissementSiege", "nombrePeriodesEtablissement", "complementAdresseEtablissement", "numeroVoieEtablissement",
        "indiceRepetitionEtablissement", "dernierNumeroVoieEtablissement", "indiceRepetitionDernierNumeroVoieEtablissement",
        "typeVoieEtablissement", "libelleVoieEtablissement", "codePostalEtablissement", "libelleCommuneEtablissement",
        "libelleCommuneEtrangerEtablissement", "distributionSpecialeEtablissement", "codeCommuneEtablissement",
        "codeCedexEtablissement", "libelleCedexEtablissement", "codePaysEtrangerEtablissement", "libellePaysEtrangerEtablissement",
        "identifiantAdresseEtablissement", "coordonneeLambertAbscisseEtablissement", "coordonneeLambertOrdonneeEtablissement",
        "complementAdresse2Etablissement", "numeroVoie2Etablissement", "indiceRepetition2Etablissement", "typeVoie2Etablissement",
        "libelleVoie2Etablissement", "codePostal2Etablissement", "libelleCommune2Etablissement",
        "libelleCommuneEtranger2Etablissement", "distributionSpeciale2Etablissement", "codeCommune2Etablissement",
        "codeCedex2Etablissement", "libelleCedex2Etablissement", "codePaysEtranger2Etablissement",
        "libellePaysEtranger2Etablissement", "dateDebut", "etatAdministratifEtablissement", "enseigne1Etablissement",
        "enseigne2Etablissement", "enseigne3Etablissement", "denominationUsuelleEtablissement", "activitePrincipaleEtablissement",
        "nomenclatureActivitePrincipaleEtablissement", "caractereEmployeurEtablissement", "activitePrincipaleNAF25Etablissement",
    ];

    /// <summary>The CSV text of a header and rows (each row: column → value; quoted when needed).</summary>
    public static string Csv(string[] header, params Dictionary<string, string>[] rows)
    {
        var text = new StringBuilder(string.Join(",", header)).Append('\n');
        foreach (Dictionary<string, string> row in rows)
        {
            text.Append(string.Join(",", header.Select(h => Quote(row.TryGetValue(h, out string? v) ? v : string.Empty)))).Append('\n');
        }

        return text.ToString();
    }

    public static string Write(string text, bool zipped, string name = "StockUniteLegale_utf8.csv")
    {
        string path = Path.Combine(Path.GetTempPath(), "sirene-" + Guid.NewGuid().ToString("N") + (zipped ? ".zip" : ".csv"));
        if (!zipped)
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        }

        using (var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create))
        using (var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false)))
        {
            writer.Write(text);
        }

        return path;
    }

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
        ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}
