<?php

namespace App\Http\Controllers;

use App\Services\Concierge;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Netflie\WhatsAppCloudApi\WhatsAppCloudApi;
use Netflie\WhatsAppCloudApi\WebHook;

class WhatsAppWebhookController extends Controller
{
    public function __construct(private Concierge $concierge) {}

    private function wa(): WhatsAppCloudApi
    {
        return new WhatsAppCloudApi([
            'from_phone_number_id' => config('services.whatsapp.phone_id'),
            'access_token' => config('services.whatsapp.token'),
        ]);
    }

    public function verify(Request $request)
    {
        return (new WebHook())->verify($request->query(), config('services.whatsapp.verify_token'));
    }

    public function receive(Request $request)
    {
        $value = $request->input('entry.0.changes.0.value');
        $msg = $value['messages'][0] ?? null;
        if (!$msg || $msg['type'] !== 'text') {
            return response()->noContent();
        }
        $from = $msg['from'];
        $text = $msg['text']['body'];
        $recepcion = config('concierge.recepcion_whatsapp');

        // recepción devuelve el chat al bot con "#bot 34600..."
        if ($from === $recepcion && str_starts_with($text, '#bot ')) {
            Cache::forget('humano:' . trim(substr($text, 5)));
            return response()->noContent();
        }
        if (Cache::has("humano:$from")) {
            $this->wa()->sendTextMessage($recepcion, "💬 $from: $text");
            return response()->noContent();
        }

        $answer = $this->concierge->reply($from, $text);
        if (str_contains($answer, '[RECEPCION]')) {
            Cache::put("humano:$from", true, now()->addHours(6));
            $name = $value['contacts'][0]['profile']['name'] ?? $from;
            $this->wa()->sendTextMessage($recepcion, "🛎️ $name (+$from) necesita recepción. Último mensaje: \"$text\"");
            $answer = trim(str_replace('[RECEPCION]', '', $answer)) . "\n\nTe paso con recepción, una persona del equipo te escribe en unos minutos.";
        }
        $this->wa()->sendTextMessage($from, $answer);

        return response()->noContent();
    }
}
