namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Counts the tokens of a text before it is sent, for budgets.</summary>
public interface ITokenCounter
{
    int Count(string text);
}
