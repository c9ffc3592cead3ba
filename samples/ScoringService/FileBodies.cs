using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>
/// How the API description shows a body of the partners' files: a form (multipart/form-data) of any number of files,
/// whatever their field names, or one file as the body with its own media type, each a binary file.
/// </summary>
internal static class FileBodies
{
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellation)
    {
        if (operation.RequestBody is not OpenApiRequestBody body || body.Content is null)
        {
            return Task.CompletedTask;
        }

        foreach (var type in RequestFiles.FileTypes)
        {
            body.Content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "One partner's file as the body." } };
        }

        body.Content[RequestFiles.Multipart] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "The partners' files of one assessment: every file part counts, whatever its field name, and its kind is told from its content.",
                AdditionalProperties = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["returns"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Array,
                        Description = "A partner's file: an assessment (JSON), a ratings table (CSV), a workbook (.xlsx or .ods) or FHIR QuestionnaireResponses (JSON).",
                        Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                    },
                },
            },
        };
        body.Description = "The partners' files of one assessment, as they are.";
        return Task.CompletedTask;
    }
}
