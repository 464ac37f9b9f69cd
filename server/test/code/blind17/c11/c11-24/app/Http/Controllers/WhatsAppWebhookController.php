<?php

namespace App\Http\Controllers;

use App\Services\Dialog360;
use App\Services\Gemini;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Storage;

class WhatsAppWebhookController extends Controller
{
    public function __invoke(Request $request, Gemini $gemini, Dialog360 $wa)
    {
        $msg = data_get($request->all(), 'entry.0.changes.0.value.messages.0');
        if (! $msg || $msg['type'] !== 'text') {
            return response()->noContent();
        }

        $from = $msg['from'];
        $system = view('prompts.system', [
            'store' => config('wabot.store'),
            'csWhatsapp' => config('wabot.cs_whatsapp'),
            'catalog' => Storage::get('catalog.txt') ?? '',
        ])->render();

        $history = Cache::get("wa:$from", []);
        $history[] = ['role' => 'user', 'parts' => [['text' => $msg['text']['body']]]];

        $answer = $gemini->chat($system, array_slice($history, -12));
        $history[] = ['role' => 'model', 'parts' => [['text' => $answer]]];
        Cache::put("wa:$from", $history, now()->addHours(6));

        $wa->sendText($from, $answer);

        return response()->noContent();
    }
}
