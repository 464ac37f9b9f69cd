<?php

namespace App\Http\Controllers;

use App\Models\Conversation;
use App\Services\WhatsAppCloud;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Storage;
use OpenAI\Laravel\Facades\OpenAI;

class WhatsAppWebhookController extends Controller
{
    public function __construct(private WhatsAppCloud $wa) {}

    public function verify(Request $request)
    {
        abort_unless($request->query('hub_verify_token') === config('services.whatsapp.verify_token'), 403);

        return response($request->query('hub_challenge'));
    }

    public function receive(Request $request)
    {
        $msg = data_get($request->all(), 'entry.0.changes.0.value.messages.0');
        if (! $msg || $msg['type'] !== 'text') {
            return response()->noContent();
        }

        $conv = Conversation::firstOrCreate(
            ['wa_id' => $msg['from']],
            ['name' => data_get($request->all(), 'entry.0.changes.0.value.contacts.0.profile.name'), 'messages' => []]
        );
        if ($conv->needs_human) {
            return response()->noContent(); // un conseiller a la main (back-office /admin/conversations)
        }

        $history = array_slice([...$conv->messages, ['role' => 'user', 'content' => $msg['text']['body']]], -12);

        $result = OpenAI::chat()->create([
            'model' => config('chatbot.model'),
            'messages' => [
                ['role' => 'system', 'content' => config('chatbot.system_prompt')],
                ['role' => 'system', 'content' => "Catalogue:\n".Storage::get('catalogue.txt')],
                ...$history,
            ],
        ]);
        $answer = trim($result->choices[0]->message->content);

        if (str_starts_with($answer, config('chatbot.handoff_token'))) {
            $summary = trim(substr($answer, strlen(config('chatbot.handoff_token'))));
            $conv->update(['needs_human' => true, 'handoff_summary' => $summary]);
            $this->wa->sendText(config('chatbot.agents_number'), "Nouveau transfert WhatsApp de +{$msg['from']} : {$summary}");
            $this->wa->sendText($msg['from'], "Je vous mets en relation avec un conseiller ElectroAtlas, il vous répond ici très vite. / غادي يتواصل معاك واحد من الفريق ديالنا دابا.");

            return response()->noContent();
        }

        $conv->update(['messages' => [...$history, ['role' => 'assistant', 'content' => $answer]]]);
        $this->wa->sendText($msg['from'], $answer);

        return response()->noContent();
    }
}
