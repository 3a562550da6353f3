#!/usr/bin/env bash
# test-with-real-sdk.sh: runs every test suite with Microsoft's real Dataverse SDK DLLs in place of the
# stand-in in Sdk/, and optionally tries the official net462 build of the plugin and workflow assemblies.
#
#   tools/real-sdk/test-with-real-sdk.sh <folder with Microsoft.Xrm.Sdk.dll, Microsoft.Crm.Sdk.Proxy.dll,
#                                        Microsoft.Xrm.Sdk.Workflow.dll (net462)>
#                                        [--feed <NuGet folder with Microsoft.CrmSdk.* packages>]
#                                        [--keep] [-- <extra dotnet test arguments>]
#
# What it does, in a scratch copy of the working tree (outside the repository, so nothing of Microsoft's
# lands in it; the copy has your uncommitted changes too):
#   1. dotnet test AlumniCrm.sln -p:DataverseSdk=RealDlls -p:RealSdkDir=<folder>: every project, product
#      and tests, net462 and net10.0, compiles against Microsoft's DLLs and the net10.0 suites run on them
#      (on .NET, System.ServiceModel.Primitives from NuGet serves their fault types). Sdk.Tests also checks
#      the surface listing against the DLLs (Tests/Sdk.Tests/RealSdk).
#   2. checks that every test output really holds Microsoft's DLLs (same bytes as the folder);
#   3. with --feed: dotnet build of Plugins and WorkflowActivities for net462 with -p:DataverseSdk=Official
#      against Microsoft's packages (Microsoft.CrmSdk.CoreAssemblies / .Workflow).
# It prints one closing line "Tests: N passed, N failed, N skipped" and exits non-zero on any failure.
# Where the workbench (/work/shared/tools/microsoft-workbench) laid things out:
#   tools/real-sdk/test-with-real-sdk.sh ~/.alumnicrm-microsoft/lib --feed ~/.alumnicrm-microsoft/feed
set -uo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 1 ] || usage
sdk_dir=$(cd "$1" 2>/dev/null && pwd) || { echo "no such folder: $1"; exit 2; }
shift
feed="" keep=false extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --feed) feed=$(cd "${2:?--feed needs a folder}" && pwd) || exit 2; shift 2 ;;
    --keep) keep=true; shift ;;
    --) shift; extra=("$@"); break ;;
    *) usage ;;
  esac
done
for dll in Microsoft.Xrm.Sdk Microsoft.Crm.Sdk.Proxy Microsoft.Xrm.Sdk.Workflow; do
  [ -f "$sdk_dir/$dll.dll" ] || { echo "$sdk_dir has no $dll.dll (Microsoft's net462 build is needed)"; exit 2; }
done

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/alumnicrm-real-sdk.XXXXXX")
cleanup() { if $keep; then echo "scratch copy kept: $scratch"; else rm -rf "$scratch"; fi; }
trap cleanup EXIT

# The working tree as git sees it (tracked and new files, nothing ignored: no bin/ or obj/).
( cd "$repo" && git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done ) \
  | ( cd "$repo" && tar --null -T - -cf - ) | tar -xf - -C "$scratch"
echo "Testing $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD || echo ' + uncommitted changes') with Microsoft's SDK from $sdk_dir"
for dll in Microsoft.Xrm.Sdk Microsoft.Crm.Sdk.Proxy Microsoft.Xrm.Sdk.Workflow; do
  echo "  $dll $(sha256sum "$sdk_dir/$dll.dll" | cut -c1-16)"
done
cd "$scratch"
failed=0

log=$(mktemp)
dotnet test AlumniCrm.sln -p:DataverseSdk=RealDlls -p:RealSdkDir="$sdk_dir" "${extra[@]}" 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "dotnet test with Microsoft's SDK failed"; failed=1; }

# The swap really happened: every test output holds Microsoft's bytes, never the stand-in.
swap_ok=true
for out in Tests/*/bin/Debug/net10.0; do
  for dll in Microsoft.Xrm.Sdk Microsoft.Crm.Sdk.Proxy; do
    [ -f "$out/$dll.dll" ] || continue
    cmp -s "$out/$dll.dll" "$sdk_dir/$dll.dll" || { echo "$out/$dll.dll is not Microsoft's DLL"; swap_ok=false; }
  done
done
$swap_ok && echo "Every test output runs on Microsoft's Microsoft.Xrm.Sdk.dll and Microsoft.Crm.Sdk.Proxy.dll." || failed=1

if [ -n "$feed" ]; then
  echo "Official net462 build (Microsoft.CrmSdk.CoreAssemblies / Microsoft.CrmSdk.Workflow from $feed):"
  for project in Plugins/AlumniCrmPlugins.csproj WorkflowActivities/AlumniCrmWorkflowActivities.csproj; do
    if dotnet build "$project" -f net462 -p:TargetFrameworks=net462 -p:DataverseSdk=Official \
         -p:RestoreAdditionalProjectSources="$feed" -o "$scratch/official/$(basename "$project" .csproj)" > official.log 2>&1; then
      echo "  $project: built against the official packages"
    else
      echo "  $project: FAILED against the official packages"; grep -E "error" official.log | sort -u | head -20; failed=1
    fi
  done
fi

awk '/(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1));
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "Tests: %d passed, %d failed, %d skipped (Microsoft'"'"'s SDK DLLs)\n", p, f, s }' "$log"
rm -f "$log"
exit $failed
