using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.StatesLanguage.Paths;

namespace StorageOps.StatesLanguage.Mocking;

/// <summary>
/// A Step Functions Local mock configuration file (MockConfigFile.json): <c>StateMachines</c> → <c>TestCases</c> →
/// state name → mocked response name, and <c>MockedResponses</c> keyed by invocation ("0", "1-2") with
/// <c>Return</c> or <c>Throw {Error, Cause}</c>.
/// </summary>
public sealed class MockConfiguration
{
    private readonly Dictionary<string, Dictionary<string, Dictionary<string, string>>> _testCasesByMachine;
    private readonly Dictionary<string, MockedResponse> _responses;

    private MockConfiguration(Dictionary<string, Dictionary<string, Dictionary<string, string>>> testCasesByMachine, Dictionary<string, MockedResponse> responses)
    {
        _testCasesByMachine = testCasesByMachine;
        _responses = responses;
    }

    public IReadOnlyCollection<string> StateMachineNames => _testCasesByMachine.Keys;

    /// <exception cref="MockConfigurationException">The file is not a valid mock configuration.</exception>
    public static MockConfiguration Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new MockConfigurationException($"The mock configuration is not valid JSON: {exception.Message}");
        }

        if (root is not JsonObject rootObject)
        {
            throw new MockConfigurationException("The mock configuration must be a JSON object with StateMachines and MockedResponses");
        }

        var responses = new Dictionary<string, MockedResponse>(StringComparer.Ordinal);
        foreach (var (name, responseJson) in Object(rootObject, "MockedResponses", "MockedResponses"))
        {
            responses[name] = ReadResponse(name, responseJson);
        }

        var machines = new Dictionary<string, Dictionary<string, Dictionary<string, string>>>(StringComparer.Ordinal);
        foreach (var (machineName, machineJson) in Object(rootObject, "StateMachines", "StateMachines"))
        {
            var where = $"StateMachines.{machineName}";
            var machine = machineJson as JsonObject ?? throw new MockConfigurationException($"{where} must be a JSON object with TestCases");
            var testCases = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (var (testCaseName, testCaseJson) in Object(machine, "TestCases", $"{where}.TestCases"))
            {
                var testCaseWhere = $"{where}.TestCases.{testCaseName}";
                var testCase = testCaseJson as JsonObject ?? throw new MockConfigurationException($"{testCaseWhere} must map state names to mocked response names");
                var states = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (stateName, responseName) in testCase)
                {
                    if (!JsonValues.TryGetString(responseName, out var response))
                    {
                        throw new MockConfigurationException($"{testCaseWhere}.{stateName} must be the name of a mocked response");
                    }

                    if (!responses.ContainsKey(response))
                    {
                        throw new MockConfigurationException($"{testCaseWhere}.{stateName} refers to mocked response '{response}', which is not in MockedResponses");
                    }

                    states[stateName] = response;
                }

                testCases[testCaseName] = states;
            }

            machines[machineName] = testCases;
        }

        return new MockConfiguration(machines, responses);
    }

    /// <summary>
    /// The test case <paramref name="testCaseName"/> of <paramref name="stateMachineName"/>; when the configuration holds
    /// exactly one state machine, the test case name alone selects it.
    /// </summary>
    public MockedTestCase GetTestCase(string? stateMachineName, string testCaseName)
    {
        ArgumentNullException.ThrowIfNull(testCaseName);
        string machineName;
        if (_testCasesByMachine.Count == 1)
        {
            machineName = _testCasesByMachine.Keys.Single();
        }
        else if (stateMachineName is not null && _testCasesByMachine.ContainsKey(stateMachineName))
        {
            machineName = stateMachineName;
        }
        else
        {
            throw new MockConfigurationException(
                $"The mock configuration has no state machine '{stateMachineName}' (it has: {string.Join(", ", _testCasesByMachine.Keys.Order(StringComparer.Ordinal))})");
        }

        if (!_testCasesByMachine[machineName].TryGetValue(testCaseName, out var states))
        {
            throw new MockConfigurationException(
                $"State machine '{machineName}' of the mock configuration has no test case '{testCaseName}' (it has: {string.Join(", ", _testCasesByMachine[machineName].Keys.Order(StringComparer.Ordinal))})");
        }

        return new MockedTestCase(machineName, testCaseName, states.ToDictionary(entry => entry.Key, entry => _responses[entry.Value], StringComparer.Ordinal));
    }

    private static JsonObject Object(JsonObject parent, string field, string where) =>
        parent[field] as JsonObject ?? throw new MockConfigurationException($"{where} is required and must be a JSON object");

    private static MockedResponse ReadResponse(string name, JsonNode? json)
    {
        var where = $"MockedResponses.{name}";
        var entries = json as JsonObject ?? throw new MockConfigurationException($"{where} must be a JSON object keyed by invocation (\"0\", \"1-2\", ...)");
        var outcomes = new List<(int From, int To, MockedOutcome Outcome)>();
        foreach (var (key, entryJson) in entries)
        {
            var range = key.Split('-');
            if (range.Length is < 1 or > 2
                || !int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                || !int.TryParse(range[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                || to < from)
            {
                throw new MockConfigurationException($"{where}: key '{key}' must be an invocation number (\"0\") or range (\"1-2\")");
            }

            if (entryJson is not JsonObject entry || entry.Count != 1 || !(entry.ContainsKey("Return") || entry.ContainsKey("Throw")))
            {
                throw new MockConfigurationException($"{where}.{key} must have exactly one of Return or Throw");
            }

            MockedOutcome outcome;
            if (entry.TryGetPropertyValue("Return", out var returned))
            {
                outcome = new MockedOutcome(JsonValues.Copy(returned), null, null);
            }
            else if (entry["Throw"] is JsonObject thrown && JsonValues.TryGetString(thrown["Error"], out var error))
            {
                outcome = new MockedOutcome(null, error, JsonValues.TryGetString(thrown["Cause"], out var cause) ? cause : null);
            }
            else
            {
                throw new MockConfigurationException($"{where}.{key}.Throw must be a JSON object with a string Error (and optional Cause)");
            }

            outcomes.Add((from, to, outcome));
        }

        outcomes.Sort((left, right) => left.From.CompareTo(right.From));
        for (var i = 0; i < outcomes.Count; i++)
        {
            var expectedFrom = i == 0 ? 0 : outcomes[i - 1].To + 1;
            if (outcomes[i].From != expectedFrom)
            {
                throw new MockConfigurationException($"{where}: invocation keys must start at \"0\" and leave no gaps or overlaps (expected {expectedFrom}, found {outcomes[i].From})");
            }
        }

        if (outcomes.Count == 0)
        {
            throw new MockConfigurationException($"{where} must define at least invocation \"0\"");
        }

        return new MockedResponse(name, outcomes);
    }
}
