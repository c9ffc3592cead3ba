using IntegrationFramework.Geography;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>Lays a <see cref="Footprint"/> out in the shape both file formats share.</summary>
internal static class FootprintWriter
{
    public static FootprintDocument Write(Footprint footprint) => new()
    {
        Code = footprint.Code,
        Name = footprint.Name,
        Level = Vocabularies.Level.NameOf(footprint.Level),
        Population = footprint.Population,
        ParentCode = footprint.ParentCode,
    };
}
