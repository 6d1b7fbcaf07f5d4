using System.Runtime.CompilerServices;

namespace StorageOps.Aws.Protocol;

/// <summary>Follows an output token (Marker/NextMarker, NextToken) until the service stops returning one.</summary>
internal static class Paginator
{
    public static async IAsyncEnumerable<TItem> Follow<TRequest, TResponse, TItem>(
        TRequest firstRequest,
        Func<TRequest, CancellationToken, Task<TResponse>> fetch,
        Func<TResponse, IEnumerable<TItem>> items,
        Func<TResponse, string?> nextToken,
        Func<TRequest, string, TRequest> withToken,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = firstRequest;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var response = await fetch(request, cancellationToken).ConfigureAwait(false);
            foreach (var item in items(response))
            {
                yield return item;
            }

            var token = nextToken(response);
            if (string.IsNullOrEmpty(token))
            {
                yield break;
            }

            if (!seen.Add(token))
            {
                throw new InvalidOperationException($"The service returned the pagination token '{token}' twice; stopping instead of looping forever.");
            }

            request = withToken(request, token);
        }
    }
}
