using System;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

public interface IManagedIdentityService
{
    string AcquireToken(IEnumerable<string> scopes);
    string AcquireToken(Guid managedIdentityId, IEnumerable<string> scopes);
}
