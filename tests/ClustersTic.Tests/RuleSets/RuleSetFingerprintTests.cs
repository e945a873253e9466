using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClustersTic.RuleSets;
using ClustersTic.Tests.Support;

namespace ClustersTic.Tests.RuleSets;

public sealed class RuleSetFingerprintTests
{
    private static readonly RuleSet V1 = RuleSetCatalog.Embedded.Get("v1");

    [Fact]
    public void Fingerprint_IsSha256HexOfTheCanonicalJson()
    {
        V1.Fingerprint.Should().MatchRegex("^[0-9a-f]{64}$");
        string expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(V1.GetCanonicalJson())).ToLowerInvariant();
        V1.Fingerprint.Should().Be(expected);
    }

    [Fact]
    public void Fingerprint_IsIndependentOfWhiteSpace()
    {
        string compact = RuleSetText.V1Node().ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        RuleSet.Parse(compact).Fingerprint.Should().Be(V1.Fingerprint);
    }

    [Fact]
    public void Fingerprint_IsIndependentOfKeyOrder()
    {
        static JsonNode Reverse(JsonNode node) => node switch
        {
            JsonObject o => new JsonObject(o.Reverse().Select(kv => KeyValuePair.Create(kv.Key, kv.Value is null ? null : Reverse(kv.Value.DeepClone())))),
            JsonArray a => new JsonArray(a.Select(x => x is null ? null : Reverse(x.DeepClone())).ToArray()),
            _ => node.DeepClone(),
        };

        string reversed = Reverse(RuleSetText.V1Node()).ToJsonString();
        reversed.Should().NotBe(RuleSetText.V1Node().ToJsonString());
        RuleSet.Parse(reversed).Fingerprint.Should().Be(V1.Fingerprint);
    }

    [Theory]
    [InlineData("\"minimumProviderShare\": 0.5", "\"minimumProviderShare\": 0.50")]
    [InlineData("\"minimumProviderShare\": 0.5", "\"minimumProviderShare\": 5e-1")]
    [InlineData("\"minimumScore\": 75.0", "\"minimumScore\": 75")]
    [InlineData("\"minimumScore\": 90.0", "\"minimumScore\": 9.0E1")]
    public void Fingerprint_IsIndependentOfNumberFormatting(string from, string to)
    {
        string json = RuleSetText.V1Text.Replace(from, to, StringComparison.Ordinal);
        json.Should().NotBe(RuleSetText.V1Text);
        RuleSet.Parse(json).Fingerprint.Should().Be(V1.Fingerprint);
    }

    [Fact]
    public void Fingerprint_IsIndependentOfTheOrderOfSets()
    {
        RuleSet reordered = RuleSetText.Build(r =>
        {
            r["companyEligibility"]!["digitalSector"]!["rev2"] = new JsonArray(V1.CompanyEligibility.DigitalSectorRev2.Reverse().Select(s => (JsonNode)s).ToArray());
            r["clusterAdmission"]!["admittedOrganisationKinds"] = new JsonArray("CompetitivenessPole", "Cluster");
        });
        reordered.Fingerprint.Should().Be(V1.Fingerprint);
        reordered.Should().Be(V1);
    }

    [Theory]
    [InlineData("weight")]
    [InlineData("level")]
    [InlineData("title")]
    [InlineData("evidence")]
    [InlineData("na")]
    [InlineData("share")]
    [InlineData("sector")]
    [InlineData("threshold")]
    [InlineData("period")]
    [InlineData("criteria order")]
    [InlineData("date")]
    [InlineData("version")]
    public void Fingerprint_ChangesWithAnyParameterOrCriterion(string change)
    {
        RuleSet changed = RuleSetText.Build(r =>
        {
            JsonNode c = r["charter"]!["criteria"]![4]!;
            switch (change)
            {
                case "weight": c["weight"] = 1; break;
                case "level": c["level"] = "Should"; break;
                case "title": c["title"]!["en"] = "Cost transparency!"; break;
                case "evidence": c["evidenceRequired"] = false; break;
                case "na": c["notApplicableAllowed"] = true; break;
                case "share": r["clusterAdmission"]!["minimumProviderShare"] = 0.51m; break;
                case "sector": r["companyEligibility"]!["digitalSector"]!["rev2"]!.AsArray().Add("70.22Z"); break;
                case "threshold": r["scoring"]!["confirmed"]!["minimumScore"] = 75.1m; break;
                case "period": r["lifecycle"]!["validity"] = "P4Y"; break;
                case "date": r["effectiveFrom"] = "2010-01-02"; break;
                case "version": r["version"] = "1.0.1"; break;
                case "criteria order":
                    JsonArray criteria = r["charter"]!["criteria"]!.AsArray();
                    JsonNode first = criteria[0]!;
                    criteria.RemoveAt(0);
                    criteria.Add(first);
                    break;
            }
        });
        changed.Fingerprint.Should().NotBe(V1.Fingerprint, change);
        changed.Should().NotBe(V1);
    }

    [Fact]
    public void RoundTrip_LoadSaveLoad_GivesAnEqualRuleSetAndTheSameFingerprint()
    {
        foreach (RuleSet original in RuleSetCatalog.Embedded.RuleSets)
        {
            RuleSet again = RuleSet.Parse(original.ToJson());
            again.Should().Be(original);
            again.Fingerprint.Should().Be(original.Fingerprint);
            again.GetCanonicalJson().Should().Equal(original.GetCanonicalJson());
            again.ToJson().Should().Be(original.ToJson());

            using var stream = new MemoryStream();
            original.WriteTo(stream);
            stream.Position = 0;
            RuleSet.Load(stream).Should().Be(original);
        }
    }

    [Fact]
    public void ToJson_IsReadableUtf8WithLfLineEnds()
    {
        string json = V1.ToJson();
        json.Should().Contain("Analyse du besoin").And.NotContain("\\u00E9").And.NotContain("\r");
        json.Should().Contain("\"$schema\": \"urn:clusterstic:schema:rule-set:1\"");
        Encoding.UTF8.GetString(V1.GetCanonicalJson()).Should().NotContain("$schema");
    }

    [Fact]
    public void EqualsAndHashCode_FollowTheFingerprint()
    {
        RuleSet copy = RuleSet.Parse(RuleSetText.V1Text);
        copy.Should().NotBeSameAs(V1);
        copy.Equals(V1).Should().BeTrue();
        copy.Equals((object)V1).Should().BeTrue();
        copy.GetHashCode().Should().Be(V1.GetHashCode());
        RuleSet v2 = RuleSetCatalog.Embedded.Get("v2");
        copy.Equals(v2).Should().BeFalse();
        copy.Equals((RuleSet?)null).Should().BeFalse();
        string text = V1.ToString();
        text.Should().StartWith("v1 (1.0, from 2010-01-01, " + V1.Fingerprint[..12]);
    }
}
