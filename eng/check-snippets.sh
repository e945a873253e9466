#!/usr/bin/env bash
# Builds every C# block of README.md, the packages' PACKAGE.md and samples/README.md as its own console program
# (the defaults of `dotnet new console`: implicit usings, nullable), referencing only the packages named by the
# HTML comment `<!-- snippet packages: A B -->` on the line before the block — what the text tells the reader to
# install. A block without that comment is an error. The ClustersTic packages come from artifacts/packages, so
# run `dotnet pack -c Release` first (.ci/run does). Prints one line per block; exits non-zero if one fails.
set -uo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:.*<ClustersTicVersion>\(.*\)</ClustersTicVersion>.*:\1:p' Directory.Build.props | head -n 1)
hosting=$(sed -n 's:.*PackageVersion Include="Microsoft.Extensions.Hosting" Version="\([^"]*\)".*:\1:p' Directory.Packages.props | head -n 1)
out=artifacts/snippets
rm -rf "$out"
mkdir -p "$out"
# The snippets build as a reader's project would: not under this repository's build settings.
echo '<Project />' > "$out/Directory.Build.props"
echo '<Project />' > "$out/Directory.Build.targets"
echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' > "$out/Directory.Packages.props"

status=0
count=0
for doc in README.md src/ClustersTic/PACKAGE.md src/ClustersTic.Extensions.DependencyInjection/PACKAGE.md src/ClustersTic.Sirene/PACKAGE.md samples/README.md; do
  [ -f "$doc" ] || continue
  n=0
  packages=""
  inside=0
  previous=""
  while IFS= read -r line || [ -n "$line" ]; do
    if [ $inside -eq 1 ]; then
      if [ "$line" = '```' ]; then
        inside=0
        continue
      fi
      printf '%s\n' "$line" >> "$dir/Program.cs"
      continue
    fi
    if [ "$line" = '```csharp' ]; then
      n=$((n + 1))
      count=$((count + 1))
      name=$(echo "$doc" | tr '/.' '--')-$n
      dir="$out/$name"
      mkdir -p "$dir"
      : > "$dir/Program.cs"
      inside=1
      packages=$(printf '%s' "$previous" | sed -n 's/^<!-- snippet packages: \(.*\) -->$/\1/p')
      if [ -z "$packages" ]; then
        echo "snippets: $doc block $n has no '<!-- snippet packages: … -->' line before it" >&2
        status=1
        packages="ClustersTic"
      fi
      {
        echo '<Project Sdk="Microsoft.NET.Sdk">'
        echo '  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable>'
        echo "    <RestorePackagesPath>\$(MSBuildThisFileDirectory)../../snippet-packages</RestorePackagesPath></PropertyGroup>"
        echo '  <ItemGroup>'
        for package in $packages; do
          case $package in
            ClustersTic|ClustersTic.*) v=$version ;;
            Microsoft.Extensions.Hosting) v=$hosting ;;
            *) echo "snippets: $doc block $n: no version known for $package" >&2; status=1; v=0.0.0 ;;
          esac
          echo "    <PackageReference Include=\"$package\" Version=\"$v\" />"
        done
        echo '  </ItemGroup>'
        echo '</Project>'
      } > "$dir/$name.csproj"
      echo "$doc#$n ($packages)" > "$dir/source.txt"
    fi
    previous=$line
  done < "$doc"
done

rm -rf artifacts/snippet-packages
for dir in "$out"/*/; do
  name=$(basename "$dir")
  if dotnet build "$dir" -c Release > "$dir/build.log" 2>&1; then
    echo "snippet ok: $(cat "$dir/source.txt")"
  else
    echo "snippet FAILED: $(cat "$dir/source.txt") — see $dir/build.log" >&2
    grep -E 'error' "$dir/build.log" | sort -u | head -n 10 >&2
    status=1
  fi
done

echo "snippets: $count blocks checked"
exit $status
