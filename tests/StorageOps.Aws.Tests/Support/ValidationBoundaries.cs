using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StorageOps.Aws.Tests.Support;

/// <summary>
/// Checks a client's validation against the model's rules (<see cref="ModelConstraints"/>): for every member the client
/// sends, boundary values go through the client against a minimal-response server, and each must be accepted (sent) or
/// rejected (<see cref="AwsRequestValidationException"/>, nothing sent) exactly as the model says — never stricter, never looser.
/// </summary>
internal static class ValidationBoundaries
{
    /// <param name="baseInput">A valid input with model member names; lists the rules reach into must hold one element.</param>
    /// <param name="companions">
    /// Members other rules of the operation need alongside a value, as a JSON object merged into the input: keyed by
    /// <c>Path</c> or <c>Path=value</c> (e.g. <c>ProvisionedThroughputInMibps</c> needs <c>{"ThroughputMode":"provisioned"}</c>).
    /// </param>
    /// <returns>Every disagreement, in words; empty when validation follows the model.</returns>
    public static async Task<IReadOnlyList<string>> CheckAsync(
        ServiceClientUnderTest service,
        string operation,
        string baseInput,
        IReadOnlyList<ModelConstraint> constraints,
        IReadOnlyDictionary<string, string> companions)
    {
        var problems = new List<string>();
        var requestType = ClientOperations.Of(service.Interface)[operation].GetParameters()[0].ParameterType;
        await using var server = new CaptureServer();
        server.Respond(service.MinimalResponse(operation));
        using var client = (IDisposable)service.Create(server.Endpoint);

        var baseline = await OutcomeAsync(service, client, server, operation, baseInput);
        if (baseline != "accepted")
        {
            problems.Add($"{operation}: the base input {baseInput} is {baseline}.");
            return problems;
        }

        foreach (var constraint in constraints.Where(constraint => constraint.HasRules))
        {
            if (!Sends(requestType, constraint.Path))
            {
                continue;
            }

            foreach (var (description, value, accepted) in Cases(constraint, JsonNode.Parse(baseInput)!))
            {
                var input = JsonNode.Parse(baseInput)!.AsObject();
                foreach (var key in new[] { $"{constraint.Path}={(value as JsonValue)?.ToString()}", constraint.Path })
                {
                    if (companions.TryGetValue(key, out var patch))
                    {
                        foreach (var (name, member) in JsonNode.Parse(patch)!.AsObject())
                        {
                            input[name] = member?.DeepClone();
                        }

                        break;
                    }
                }

                if (!Apply(input, constraint.Path, value))
                {
                    problems.Add($"{operation} {constraint.Path}: the base input has no element to put the value in; add one.");
                    break;
                }

                var outcome = await OutcomeAsync(service, client, server, operation, input.ToJsonString());
                var expected = accepted ? "accepted" : "rejected";
                if (outcome != expected)
                {
                    problems.Add($"{operation} {constraint.Path} = {Show(value)} ({description}; {constraint.Source}): the model says {expected}, the client {outcome}.");
                }
            }
        }

        return problems;
    }

    private static IEnumerable<(string Description, JsonNode? Value, bool Accepted)> Cases(ModelConstraint constraint, JsonNode baseInput)
    {
        switch (constraint.Type)
        {
            case "list":
                if (Find(baseInput, constraint.Path) is not JsonArray { Count: > 0 } list)
                {
                    throw new ArgumentException($"The base input has no element in {constraint.Path}; add one so its count rules are checked.", nameof(baseInput));
                }

                JsonArray Copies(long count) => [.. Enumerable.Range(0, (int)count).Select(_ => list[0]!.DeepClone())];
                if (constraint.Max is { } maxCount)
                {
                    yield return ($"{maxCount} elements (max)", Copies(maxCount), true);
                    yield return ($"{maxCount + 1} elements (max + 1)", Copies(maxCount + 1), false);
                }

                if (constraint.Min is { } minCount)
                {
                    yield return ($"{minCount} elements (min)", Copies(minCount), true);
                    if (minCount > 0)
                    {
                        yield return ($"{minCount - 1} elements (min - 1)", Copies(minCount - 1), false);
                    }
                }

                yield break;
            case "integer" or "long":
                if (constraint.Min is { } min)
                {
                    yield return ("min", min, true);
                    yield return ("min - 1", min - 1, false);
                }

                if (constraint.Max is { } max)
                {
                    yield return ("max", max, true);
                    yield return ("max + 1", max + 1, false);
                }

                yield break;
            case "double" or "float":
                if (constraint.Min is { } lowest)
                {
                    yield return ("min", (double)lowest, true);
                    yield return ("min - 0.5", lowest - 0.5, false);
                }

                if (constraint.Max is { } highest)
                {
                    yield return ("max", (double)highest, true);
                    yield return ("max + 0.5", highest + 0.5, false);
                }

                yield break;
            case "string":
                foreach (var stringCase in StringCases(constraint))
                {
                    yield return stringCase;
                }

                yield break;
        }
    }

    private static IEnumerable<(string Description, JsonNode? Value, bool Accepted)> StringCases(ModelConstraint constraint)
    {
        if (constraint.Enum is { } values)
        {
            foreach (var value in values)
            {
                yield return ("enum value", value, true);
            }

            yield return ("not an enum value", "x" + values[0] + "x", false);
            yield break;
        }

        var pattern = constraint.Pattern;
        var min = (int)(constraint.Min ?? 0);
        var max = constraint.Max is { } upper ? (int)upper : (int?)null;
        if (max is { } maxLength)
        {
            if (ModelPattern.LongestUpTo(pattern, min, maxLength) is { } longest)
            {
                yield return ($"{longest} characters{(longest == maxLength ? " (max)" : ", the longest the pattern allows")}", ModelPattern.Sample(pattern, longest), true);
            }

            yield return ($"{maxLength + 1} characters (max + 1)", ModelPattern.Sample(pattern, maxLength + 1) ?? Padded(pattern, maxLength + 1), false);
        }

        if (ModelPattern.ShortestFrom(pattern, min, max ?? min + 256) is { } shortest)
        {
            var valid = ModelPattern.Sample(pattern, shortest)!;
            yield return ($"{shortest} characters{(shortest == min ? " (min)" : ", the shortest the pattern allows")}", valid, true);
            if (pattern is not null && valid.Length > 0 && ModelPattern.Breaking(pattern, valid) is { } broken)
            {
                yield return ("does not match the pattern", broken, false);
            }
        }

        if (min > 0)
        {
            yield return ($"{min - 1} characters (min - 1)", ModelPattern.Sample(pattern, min - 1) ?? new string('a', min - 1), false);
        }
    }

    private static string Padded(string? pattern, int length)
    {
        var longest = ModelPattern.LongestUpTo(pattern, 0, length);
        var start = longest is { } size ? ModelPattern.Sample(pattern, size)! : string.Empty;
        return start + new string('a', length - start.Length);
    }

    private static async Task<string> OutcomeAsync(ServiceClientUnderTest service, IDisposable client, CaptureServer server, string operation, string input)
    {
        var before = server.Requests.Count;
        try
        {
            await ClientOperations.InvokeAsync(client, service.Interface, operation, input, service.MemberNames);
        }
        catch (AwsRequestValidationException)
        {
            return server.Requests.Count == before ? "rejected" : "rejected after sending";
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or Amazon.Runtime.AmazonServiceException)
        {
            return $"failed with {exception.GetType().Name}: {exception.Message}";
        }

        return server.Requests.Count == before + 1 ? "accepted" : $"sent {server.Requests.Count - before} requests";
    }

    /// <summary>Whether our request record has the member at <paramref name="path"/> (members it lacks are not sent).</summary>
    private static bool Sends(Type requestType, string path)
    {
        var type = requestType;
        foreach (var token in Tokens(path))
        {
            if (token is "{key}" or "{value}")
            {
                return typeof(IEnumerable).IsAssignableFrom(type);
            }

            if (token == "[0]")
            {
                type = type.GetInterfaces().Append(type).FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                    ?.GetGenericArguments()[0];
                if (type is null)
                {
                    return false;
                }

                continue;
            }

            var property = type.GetProperty(token, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return false;
            }

            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }

        return true;
    }

    private static bool Apply(JsonObject root, string path, JsonNode? value)
    {
        var tokens = Tokens(path);
        JsonNode current = root;
        for (var index = 0; index < tokens.Count - 1; index++)
        {
            var token = tokens[index];
            if (tokens[index + 1] is "{key}" or "{value}")
            {
                current[token] = tokens[index + 1] == "{key}" ? new JsonObject { [value!.GetValue<string>()] = "v" } : new JsonObject { ["k"] = value };
                return true;
            }

            var next = token == "[0]" ? (current as JsonArray)?.FirstOrDefault() : current[token];
            if (next is null)
            {
                if (token == "[0]" || tokens[index + 1] == "[0]")
                {
                    return false;
                }

                next = new JsonObject();
                current[token] = next;
            }

            current = next;
        }

        if (tokens[^1] == "[0]")
        {
            if (current is not JsonArray { Count: > 0 } array)
            {
                return false;
            }

            array[0] = value;
            return true;
        }

        current[tokens[^1]] = value;
        return true;
    }

    private static JsonNode? Find(JsonNode root, string path)
    {
        JsonNode? current = root;
        foreach (var token in Tokens(path))
        {
            current = token == "[0]" ? (current as JsonArray)?.FirstOrDefault() : current?[token];
        }

        return current;
    }

    /// <summary><c>Destinations[0].Region</c> → <c>Destinations</c>, <c>[0]</c>, <c>Region</c>; <c>tags{key}</c> → <c>tags</c>, <c>{key}</c>.</summary>
    private static List<string> Tokens(string path)
    {
        var tokens = new List<string>();
        foreach (var part in path.Split('.'))
        {
            var name = part;
            var suffixes = new List<string>();
            while (name.EndsWith("[0]", StringComparison.Ordinal) || name.EndsWith("{key}", StringComparison.Ordinal) || name.EndsWith("{value}", StringComparison.Ordinal))
            {
                var cut = name.EndsWith("[0]", StringComparison.Ordinal) ? 3 : name.EndsWith("{key}", StringComparison.Ordinal) ? 5 : 7;
                suffixes.Insert(0, name[^cut..]);
                name = name[..^cut];
            }

            tokens.Add(name);
            tokens.AddRange(suffixes);
        }

        return tokens;
    }

    private static string Show(JsonNode? value) => value switch
    {
        JsonValue text when text.TryGetValue<string>(out var s) => s.Length <= 24 ? JsonSerializer.Serialize(s) : $"{JsonSerializer.Serialize(s[..12])}… ({s.Length} characters)",
        JsonArray array => $"[{array.Count} elements]",
        null => "null",
        _ => value.ToJsonString(),
    };
}
