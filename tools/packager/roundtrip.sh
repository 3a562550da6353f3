#!/usr/bin/env bash
# Packs Solution/ with Microsoft's SolutionPackager as Unmanaged and as Managed, extracts both zips
# again (package type Both) and compares the result with Solution/, ignoring element order and BOMs.
# Fails on a packager error, on a root component missing from a package, on any packager warning
# not explained in docs/solution.md ("Packager warnings"), and on any difference. Needs the workbench (../shared/tools/microsoft-workbench) and mono; CI has
# neither, so CI runs the layout tests in Tests/Solution.Tests instead.
#
#   tools/packager/roundtrip.sh [WORKBENCH]      (WORKBENCH defaults to $ALUMNICRM_MICROSOFT or ~/.alumnicrm-microsoft)
#
# Output: the zips and logs in artifacts/solution/ (git-ignored), a summary on stdout.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
wb=${1:-${ALUMNICRM_MICROSOFT:-$HOME/.alumnicrm-microsoft}}
packager="$wb/coretools/SolutionPackager.exe"
[ -f "$packager" ] || { echo "no SolutionPackager at $packager: run ../shared/tools/microsoft-workbench first"; exit 2; }
command -v mono >/dev/null || { echo "mono is needed to run SolutionPackager (apt-get install mono-complete)"; exit 2; }

out="$repo/artifacts/solution"; rm -rf "$out"; mkdir -p "$out"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# 1. The plugin and workflow assemblies, built for the sandbox, next to their registrations (as the
#    .cdsproj does); the source tree never holds them.
dotnet build "$repo/Plugins/AlumniCrmPlugins.csproj" -c Release -f net462 -nologo -v q >/dev/null
dotnet build "$repo/WorkflowActivities/AlumniCrmWorkflowActivities.csproj" -c Release -f net462 -nologo -v q >/dev/null
cp -r "$repo/Solution" "$work/src"
for data in "$work"/src/PluginAssemblies/*/*.dll.data.xml; do
  dll=$(basename "$data" .data.xml)
  built=$(find "$repo/Plugins/bin/Release/net462" "$repo/WorkflowActivities/bin/Release/net462" -name "$dll" | head -1)
  [ -n "$built" ] || { echo "built $dll not found"; exit 1; }
  cp "$built" "$(dirname "$data")/"
done

# 2. Pack both kinds (the managed package from the `_managed` twins).
status=0
pack() { # kind zip extra-args…
  local kind=$1 zip=$2; shift 2
  ( cd "$wb/coretools" && mono SolutionPackager.exe /action:Pack /zipfile:"$zip" /folder:"$work/src" /packagetype:"$kind" /errorlevel:Warning /nologo /disableTelemetry "$@" ) >"$out/pack-$kind.log" 2>&1 || { echo "pack $kind failed:"; cat "$out/pack-$kind.log"; exit 1; }
}
pack Unmanaged "$out/AlumniCrm.zip"
pack Managed "$out/AlumniCrm_managed.zip"

# 3. Every root component is in each package, and every packager warning is an explained one.
for kind in Unmanaged Managed; do
  zip="$out/AlumniCrm.zip"; [ $kind = Managed ] && zip="$out/AlumniCrm_managed.zip"
  echo "== $kind"
  dotnet run --file "$repo/tools/packager/check-package.cs" -- "$zip" "$out/pack-$kind.log" || status=1
done

# 4. Extract both zips as a maker's `pac solution sync` would, and compare with the source.
( cd "$wb/coretools" && mono SolutionPackager.exe /action:Extract /zipfile:"$out/AlumniCrm.zip" /folder:"$work/extracted" /packagetype:Both /allowDelete:Yes /allowWrite:Yes /clobber /errorlevel:Warning /nologo /disableTelemetry ) >"$out/extract.log" 2>&1 || { echo "extract failed:"; cat "$out/extract.log"; exit 1; }
rm -f "$work"/extracted/PluginAssemblies/*/*.dll
if ! dotnet run --file "$repo/tools/packager/compare-trees.cs" -- "$repo/Solution" "$work/extracted" > "$out/diff.txt" 2>&1; then
  echo "pack → extract differs from Solution/ (beyond ordering and BOM):"; sed 's/^/  /' "$out/diff.txt" | head -60; status=1
fi

[ $status = 0 ] && echo "SolutionPackager: Unmanaged and Managed packed with no unexplained warning; pack → extract matches Solution/ ($out)"
exit $status
