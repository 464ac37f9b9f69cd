package router

import (
	"context"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types"
)

type Router struct {
	Client  *bedrockruntime.Client
	ModelID string
}

func (r *Router) converse(ctx context.Context, system string, msgs []types.Message, maxTokens int32) (string, error) {
	out, err := r.Client.Converse(ctx, &bedrockruntime.ConverseInput{
		ModelId:         aws.String(r.ModelID),
		System:          []types.SystemContentBlock{&types.SystemContentBlockMemberText{Value: system}},
		Messages:        msgs,
		InferenceConfig: &types.InferenceConfiguration{MaxTokens: aws.Int32(maxTokens), Temperature: aws.Float32(0.2)},
	})
	if err != nil {
		return "", err
	}
	msg, ok := out.Output.(*types.ConverseOutputMemberMessage)
	if !ok || len(msg.Value.Content) == 0 {
		return "", nil
	}
	if t, ok := msg.Value.Content[0].(*types.ContentBlockMemberText); ok {
		return t.Value, nil
	}
	return "", nil
}

func UserMsg(text string) types.Message {
	return types.Message{Role: types.ConversationRoleUser, Content: []types.ContentBlock{&types.ContentBlockMemberText{Value: text}}}
}

func AssistantMsg(text string) types.Message {
	return types.Message{Role: types.ConversationRoleAssistant, Content: []types.ContentBlock{&types.ContentBlockMemberText{Value: text}}}
}

func (r *Router) Classify(ctx context.Context, text string) string {
	label, err := r.converse(ctx, classifyPrompt, []types.Message{UserMsg(text)}, 5)
	if err != nil {
		return "OVERIG"
	}
	label = strings.ToUpper(strings.TrimSpace(label))
	if _, ok := prompts[label]; ok || label == "MEDEWERKER" {
		return label
	}
	return "OVERIG"
}

func (r *Router) Answer(ctx context.Context, intent string, history []types.Message) (string, error) {
	return r.converse(ctx, prompts[intent], history, 400)
}
