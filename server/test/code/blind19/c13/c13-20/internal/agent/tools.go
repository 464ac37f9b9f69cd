package agent

type Tool struct {
	Name        string         `json:"name"`
	Description string         `json:"description"`
	InputSchema map[string]any `json:"input_schema"`
}

var Tools = []Tool{
	{
		Name:        "track_parcel",
		Description: "Get status and ETA of a parcel by waybill number",
		InputSchema: map[string]any{"type": "object", "properties": map[string]any{"waybill": map[string]any{"type": "string"}}, "required": []string{"waybill"}},
	},
	{
		Name:        "reschedule",
		Description: "Move a delivery to another day or address in the same city",
		InputSchema: map[string]any{"type": "object", "properties": map[string]any{"waybill": map[string]any{"type": "string"}, "date": map[string]any{"type": "string"}, "address": map[string]any{"type": "string"}}, "required": []string{"waybill"}},
	},
	// Disabled until the Freshchat integration is signed off (see #41). Do not re-enable without ops.
	// {
	// 	Name:        "escalate_to_agent",
	// 	Description: "Transfer the chat to a human customer care agent",
	// 	InputSchema: map[string]any{"type": "object", "properties": map[string]any{"reason": map[string]any{"type": "string"}}},
	// },
}
