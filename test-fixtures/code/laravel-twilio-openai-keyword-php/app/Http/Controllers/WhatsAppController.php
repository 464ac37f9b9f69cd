<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use OpenAI\Laravel\Facades\OpenAI;
use Twilio\Rest\Client;
use Twilio\TwiML\MessagingResponse;

class WhatsAppController extends Controller
{
    private const PALABRAS_HUMANO = ['asesor', 'humano', 'persona', 'dependiente'];

    public function __construct(private Client $twilio)
    {
    }

    public function recibir(Request $request)
    {
        $de = $request->input('From');
        $texto = trim((string) $request->input('Body'));
        $respuesta = new MessagingResponse();

        if (Cache::has("pausado:$de")) {
            return response($respuesta, 200)->header('Content-Type', 'text/xml');
        }

        if (in_array(mb_strtolower($texto), self::PALABRAS_HUMANO, true)) {
            Cache::put("pausado:$de", true, now()->addHours(4));
            $this->twilio->messages->create('whatsapp:' . config('asistente.mostrador'), [
                'from' => config('services.twilio.whatsapp_from'),
                'body' => "El cliente $de quiere hablar con alguien de la tienda.",
            ]);
            $respuesta->message('Enseguida te escribe una persona de la tienda.');
        } else {
            $respuesta->message($this->preguntar($texto));
        }

        return response($respuesta, 200)->header('Content-Type', 'text/xml');
    }

    private function preguntar(string $texto): string
    {
        $resultado = OpenAI::chat()->create([
            'model' => config('asistente.modelo'),
            'messages' => [
                ['role' => 'system', 'content' => config('asistente.instrucciones')],
                ['role' => 'user', 'content' => $texto],
            ],
        ]);

        return $resultado->choices[0]->message->content;
    }
}
