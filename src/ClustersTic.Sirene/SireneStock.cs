using System;
using System.IO;
using System.IO.Compression;

namespace ClustersTic.Sirene;

/// <summary>Opens INSEE's Sirene stock files — <c>StockUniteLegale</c> and <c>StockEtablissement</c>, CSV in
/// UTF-8 with INSEE's header (dictionary of variables 3.11+; <c>activitePrincipaleNAF25…</c> read when present),
/// plain or zipped — for reading one row at a time.</summary>
public static class SireneStock
{
    /// <summary>Opens a legal-unit stock file (<c>.csv</c>, or a <c>.zip</c> holding one).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The reader; dispose it.</returns>
    /// <exception cref="SireneFormatException">The file is not such a stock file (the message names the missing
    /// or repeated column).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SireneStockReader<SireneLegalUnit> OpenLegalUnits(string path) => Open(path, LegalUnitColumns.Instance);

    /// <summary>Opens an establishment stock file (<c>.csv</c>, or a <c>.zip</c> holding one).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The reader; dispose it.</returns>
    /// <exception cref="SireneFormatException">The file is not such a stock file.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SireneStockReader<SireneEstablishment> OpenEstablishments(string path) => Open(path, EstablishmentColumns.Instance);

    private static SireneStockReader<T> Open<T>(string path, StockLayout<T> layout)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            if (!IsZip(file))
            {
                return new SireneStockReader<T>(file, file, null, layout);
            }

            ZipArchive zip;
            try
            {
                zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            }
            catch (InvalidDataException e)
            {
                throw new SireneFormatException("archive zip illisible (" + e.Message + ").", "unreadable zip archive (" + e.Message + ").", inner: e);
            }

            ZipArchiveEntry? entry = null;
            foreach (ZipArchiveEntry candidate in zip.Entries)
            {
                if (candidate.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                {
                    entry = candidate;
                    break;
                }
            }

            if (entry is null)
            {
                zip.Dispose();
                throw new SireneFormatException("l'archive ne contient aucun fichier .csv.", "the archive holds no .csv file.");
            }

            Stream content;
            try
            {
                content = entry.Open();
            }
            catch (InvalidDataException e)
            {
                zip.Dispose();
                throw new SireneFormatException("archive zip illisible (" + e.Message + ").", "unreadable zip archive (" + e.Message + ").", inner: e);
            }

            return new SireneStockReader<T>(content, file, zip, layout);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static bool IsZip(FileStream file)
    {
        Span<byte> magic = stackalloc byte[4];
        int read = file.Read(magic);
        file.Position = 0;
        return read == 4 && magic[0] == (byte)'P' && magic[1] == (byte)'K' && magic[2] == 3 && magic[3] == 4;
    }
}
