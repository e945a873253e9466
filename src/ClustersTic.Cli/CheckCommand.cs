using System;
using System.CommandLine;
using System.IO;
using ClustersTic.Text;

namespace ClustersTic.Cli;

/// <summary><c>clusters-tic check &lt;value&gt;</c>: a SIREN, SIRET, VAT number or NAF code, its kind inferred
/// or forced; says why when it is not valid.</summary>
internal static class CheckCommand
{
    public static Command Create(Option<string> lang, Texts texts)
    {
        var value = new Argument<string>("value")
        {
            Description = texts.T(
                "La valeur à vérifier : un SIREN, un SIRET, un numéro de TVA intracommunautaire ou un code NAF.",
                "The value to check: a SIREN, a SIRET, a French VAT number or a NAF code."),
        };
        var kind = new Option<string>("--kind")
        {
            Description = texts.T(
                "Ce qu’est la valeur : siren, siret, vat, naf, ou auto (déduit de la valeur ; par défaut).",
                "What the value is: siren, siret, vat, naf, or auto (inferred from the value; the default)."),
            DefaultValueFactory = _ => "auto",
        };
        kind.AcceptOnlyFromAmong("auto", "siren", "siret", "vat", "naf");
        var format = new Option<string>("--format")
        {
            Description = texts.T(
                "Format de sortie : text (une phrase ; par défaut) ou json (un objet, pour les programmes).",
                "Output format: text (a sentence; the default) or json (one object, for programs)."),
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("check", texts.T(
            "Vérifie un SIREN, un SIRET, un numéro de TVA ou un code NAF et dit pourquoi il n’est pas valide. Code de sortie : 0 valide, 1 non valide, 2 usage incorrect.",
            "Checks a SIREN, SIRET, VAT number or NAF code and says why it is not valid. Exit code: 0 valid, 1 not valid, 2 bad usage."))
        {
            value,
            kind,
            format,
        };
        command.SetAction(result =>
        {
            var t = new Texts(result.GetValue(lang) == "en" ? Language.English : Language.French);
            string input = result.GetValue(value)!;
            string kindName = result.GetValue(kind)!;
            ValueKind valueKind = kindName switch
            {
                "siren" => ValueKind.Siren,
                "siret" => ValueKind.Siret,
                "vat" => ValueKind.Vat,
                "naf" => ValueKind.Naf,
                _ => ValueCheck.Infer(input),
            };
            ValueCheck check = ValueCheck.Run(input, valueKind, t.Language);
            string sentence = Sentence(check, t);
            if (result.GetValue(format) == "json")
            {
                WriteJson(Console.OpenStandardOutput(), check, sentence);
            }
            else
            {
                Console.Out.WriteLine(sentence);
            }

            return check.Valid ? ExitCodes.Valid : ExitCodes.NotValid;
        });
        return command;
    }

    /// <summary>The answer as one sentence: <c>SIREN 552 100 554 : valide — TVA intracommunautaire FR96552100554</c>,
    /// <c>SIREN « 552-100-554 » : non valide — caractère non autorisé</c>.</summary>
    public static string Sentence(ValueCheck check, Texts t)
    {
        string label = check.Kind switch
        {
            ValueKind.Siren => "SIREN",
            ValueKind.Siret => "SIRET",
            ValueKind.Vat => t.T("TVA", "VAT"),
            _ => "NAF",
        };
        return check.Valid
            ? label + " " + check.Display + t.Colon + t.T("valide", "valid") + (check.Detail is null ? string.Empty : " — " + check.Detail)
            : label + " " + t.Quoted(check.Input) + t.Colon + t.T("non valide", "not valid") + " — " + check.ReasonText;
    }

    /// <summary>One JSON object: kind, input, valid, canonical, reason (invariant name), message (the sentence),
    /// detail.</summary>
    private static void WriteJson(Stream output, ValueCheck check, string sentence) => JsonOutput.Write(output, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("kind", check.Kind.ToString().ToLowerInvariant());
        writer.WriteString("input", check.Input);
        writer.WriteBoolean("valid", check.Valid);
        JsonOutput.StringOrNull(writer, "canonical", check.Canonical);
        JsonOutput.StringOrNull(writer, "reason", check.Reason);
        writer.WriteString("message", sentence);
        JsonOutput.StringOrNull(writer, "detail", check.Detail);
        writer.WriteEndObject();
    });
}
