<?php

namespace App\Http\Controllers;

use App\Services\Assistant;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Http;

class WhatsAppController extends Controller
{
    public function verify(Request $request)
    {
        if ($request->query('hub_verify_token') === config('services.whatsapp.verify_token')) {
            return response($request->query('hub_challenge'));
        }
        abort(403);
    }

    public function receive(Request $request, Assistant $assistant)
    {
        $message = data_get($request->all(), 'entry.0.changes.0.value.messages.0');
        if (!$message || ($message['type'] ?? null) !== 'text') {
            return response()->json(['ok' => true]);
        }

        $waId = $message['from'];
        $text = $message['text']['body'];
        $answer = $assistant->reply($waId, $text);

        DB::table('messages')->insert([
            ['wa_id' => $waId, 'role' => 'user', 'content' => $text],
            ['wa_id' => $waId, 'role' => 'assistant', 'content' => $answer],
        ]);

        Http::withToken(config('services.whatsapp.token'))
            ->post('https://graph.facebook.com/v21.0/' . config('services.whatsapp.phone_id') . '/messages', [
                'messaging_product' => 'whatsapp',
                'to' => $waId,
                'type' => 'text',
                'text' => ['body' => $answer],
            ]);

        return response()->json(['ok' => true]);
    }
}
