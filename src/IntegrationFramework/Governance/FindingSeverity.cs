namespace IntegrationFramework.Governance;

/// <summary>How much a governance finding matters; findings are listed most serious first.</summary>
public enum FindingSeverity
{
    /// <summary>The arrangement lacks something the report says it should include, or works against it.</summary>
    Concern = 1,

    /// <summary>The arrangement could follow the report's principles more closely.</summary>
    Advisory = 2,

    /// <summary>Something the rules could not check, or worth knowing.</summary>
    Information = 3,
}
