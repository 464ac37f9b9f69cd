<?php

namespace App\Http\Controllers;

use App\Services\SiparisAsistani;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Netflie\WhatsAppCloudApi\WhatsAppCloudApi;

class WhatsAppWebhookController extends Controller
{
    public function __construct(private SiparisAsistani $asistan) {}

    private function wa(): WhatsAppCloudApi
    {
        return new WhatsAppCloudApi([
            'from_phone_number_id' => env('WHATSAPP_PHONE_ID'),
            'access_token' => env('WHATSAPP_TOKEN'),
        ]);
    }

    public function verify(Request $r)
    {
        abort_unless($r->query('hub_verify_token') === env('WHATSAPP_VERIFY_TOKEN'), 403);
        return response($r->query('hub_challenge'));
    }

    public function receive(Request $r)
    {
        $msg = data_get($r->all(), 'entry.0.changes.0.value.messages.0');
        if (! $msg || $msg['type'] !== 'text') {
            return response()->noContent();
        }
        $tel = $msg['from'];
        if (Cache::has("insan:$tel")) {
            return response()->noContent(); // yetkili konuşuyor, bot sessiz
        }

        $sonuc = $this->asistan->cevapla($tel, $msg['text']['body']);
        if ($sonuc['devret']) {
            Cache::put("insan:$tel", true, now()->addDay());
            $this->wa()->sendTextMessage(config('chatbot.handoff.notify_number'),
                "Yeni temsilci talebi: +$tel\nMesaj: {$msg['text']['body']}");
            $this->wa()->sendTextMessage($tel, config('chatbot.handoff.customer_message'));
        } else {
            $this->wa()->sendTextMessage($tel, $sonuc['metin']);
        }

        return response()->noContent();
    }
}
